# The panels: the status bar, the event list, the selection of several, the event panel, the
# articles pane, the reader and the article's date, the timeline's tooltips.

## Status bar
status-loading = Loading { $done }/{ $total }
status-counts = { $articles } articles · { $events } events ({ $shown } shown)
status-unplaced = { $count } relative dates not placed
status-unplaced-hint = Show the first one in the reader: give its article a date
status-reopen = Reopen
status-reopen-hint = Reopen { $name }
status-opened = { $count ->
    [one] 1 article
   *[other] { $count } articles
} opened{ $duplicates ->
    [0] {""}
    [1] , 1 duplicate of 1 article skipped
   *[other] , { $duplicates } duplicates of { $originals ->
        [1] 1 article
       *[other] { $originals } articles
    } skipped
}{ $failed ->
    [0] {""}
   *[other] , { $failed } failed
} in { NUMBER($seconds, minimumFractionDigits: 2) } s
status-autosave-off = Autosave is off: cannot write to { $path }: { $error }
status-another-running = Another Tarikh is running (process { $pid })
status-batch-changed = { $count } events changed (Ctrl+Z undoes it)
status-closed = Closed { $name }
status-reopened = Reopened { $name }
status-undone = Undone
status-redone = Redone
status-saved = Saved { $name }
status-new-project = New project
status-kept-aside = Your untitled work was kept as { $path }
status-backup-opened = Opened the backup; it will be saved as { $path }
new-event-title = New event

## Event list
list-search-hint = Search (Arabic, loose)…
sort-by-date = By date
sort-by-article = By article
sort-in-text-order = In text order
list-clear-filters = Clear the search and filters
list-matches = { $shown } of { $count } events match
list-zoom-to-results = Zoom to results
list-zoom-to-results-hint = Fit the timeline to them
list-column-date = Date
list-column-written = As written
list-column-title = Title
list-sources = { $count } sources
list-filters = Filters
list-articles-hidden = { $hidden } of { $count } articles hidden
list-show-all = Show all
list-category = Category
list-category-all = All
list-show-hidden = Show hidden
list-from = From
list-to = to
list-date-hint = 2022-03, or in Arabic
list-not-a-date = Not a date
list-no-match = No events match
list-limit-from = from { $date }
list-limit-to = to { $date }
list-limit-category = category { $category }
list-limit-articles = { $hidden } of { $count } articles switched off
list-separator = {", "}

## Flags (the letter in the list, what it means on hover)
flag-relative = Relative: placed against the article's dateline
flag-conflict = Conflict: another date in this article contradicts this one (e.g. «يناير المقبل» vs «يناير 2024»)
flag-approximate = Approximate: a part of a month or year, drawn as a convention
flag-inferred-year = The year is not written; it was taken from the context
flag-hijri = Written in the Hijri calendar, converted (Umm al-Qura)
flag-pinned = Pinned by you: its label wins on the timeline
flag-edited = Edited by you
flag-manual = Added by you
flag-detached = Your edit or event: its source text is no longer in the article (or no longer read as a date). It is kept.
flag-hidden = Hidden as a false positive (shown because “Show hidden” is on)

## Several events selected
batch-selected = { $count } selected:
batch-hide = Hide
batch-hide-hint = Mark them all as not events (one undo step)
batch-category = Category…
batch-tag-hint = tag
batch-tag = Tag
batch-merge = Merge
batch-merge-hint = The same event told several times
batch-pin = Pin
batch-pin-hint = Their labels win on the timeline
batch-clear = Clear

## Event panel
editor-select-an-event = Select an event to see and edit it.
editor-new-event = New event…
editor-fold = Fold
editor-fold-hint = Fold the editor away
editor-open = Edit
editor-open-hint = Open the editor
source-previous = Previous source
source-next = Next source
source-of = Source { $number } of { $count }
editor-split = Split from group
editor-delete = Delete event
editor-delete-hint = Delete
editor-show-again = Show again
editor-hide = Hide (not an event)
editor-hide-hint = Mark as a false positive (Delete)
editor-pin = Pin
editor-unpin = Unpin
editor-pin-hint = A pinned event's label wins on the timeline and in exports
editor-revert = Revert to extracted
editor-merge = Merge with marked event
editor-unmark = Unmark
editor-marked = Marked: select another event to merge with
editor-mark = Mark for merge
editor-mark-hint = Then select another event: the same event reported elsewhere
editor-date = Date
editor-title = Title
editor-note = Note
editor-category = Category
editor-tags = Tags
editor-tags-hint = comma, separated
editor-date-hint = 2023-12-06, 2023-12-06/2023-12-08, or Arabic
editor-not-a-date = Not a date Tarikh can read
editor-from = from
editor-to = to
editor-no-category = (none)
editor-own-category-hint = or your own
granularity-day = day
granularity-month = month
granularity-year = year
granularity-part-of-month = part-of-month
granularity-part-of-year = part-of-year
granularity-range = range
granularity-decade = decade
granularity-century = century
granularity-part-of-decade = part-of-decade
granularity-part-of-century = part-of-century

## Articles pane
articles-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
articles-all = All
articles-all-hint = Show every article's events
articles-none = None
articles-none-hint = Hide every article's events
sort-as-opened = As opened
sort-by-title = By title
sort-by-source = By source
sort-by-events = By events
articles-filter-hint = Filter articles…
articles-rename = Rename
articles-rename-title = Title
articles-rename-source = Source
articles-show-hint = Show its events on the timeline and in the list
articles-no-date = no date
articles-unknown-source = unknown source
articles-details = { $source } · { $date } · { $count } events · { $file }

## Reader
reader-empty = Open articles with File > Open files… (Ctrl+O) or drop them here.
reader-hidden = The reader is hidden (View > Reader).
reader-copy-sentence = Copy sentence
reader-new-event = New event from selection
reader-copy-selection = Copy selection
reader-drag-hint = · drag to select text
reader-warning = Warning: { $warning }
article-date = Article date
article-date-hint = 2024-03-14, or in Arabic
article-date-set = Set
article-date-not-a-day = Not a day
article-dated-by-you = Dated { $date } (by you)
article-date-change = Change
article-date-change-hint = Give the article another date
article-date-clear = Clear
article-date-clear-hint = Use the dateline found in the text, if any
article-dateline = Dateline: { $date }
article-no-dateline = No dateline: relative dates are not placed
article-date-give = Set the date…
article-date-give-hint = When the article was published: «أمس» and the like are placed against it

## Timeline
timeline-fold-lane = Click to fold or unfold this lane
timeline-reported-by = Reported by { $count } articles
timeline-cluster = { $count } events here — click to open
timeline-cluster-more = and { $count } more

## Lanes without a key
lane-unknown-source = (unknown source)
lane-no-category = (no category)
lane-no-tag = (no tag)
