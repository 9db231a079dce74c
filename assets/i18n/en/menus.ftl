# The menu bar and what it opens: File, Edit, View (with the timeline's look, the language),
# Help, the About and Keyboard shortcuts windows, the window's title.

window-title = { $project }{ $unsaved ->
    [1] { " •" }
   *[other] {""}
} — Tarikh

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help

## File
menu-new-project = New project
menu-open-project = Open project…
menu-recent-projects = Recent projects
menu-recent-none = None yet
menu-save-project = Save project
menu-save-project-as = Save project as…
menu-embed-texts = Keep the articles' texts in the project
menu-embed-texts-hint = The project then opens even where the article files are missing
menu-open-files = Open files…
menu-open-folder = Open folder…
menu-open-path = Open path…
menu-close-article = Close article
menu-export = Export
menu-export-image = Timeline image (PNG, SVG)…
menu-export-data = Events as data (JSON, CSV, TimelineJS, iCalendar)…
menu-quit = Quit
menu-last-saved = Saved { $time } to { $path }

## Edit
menu-undo = Undo
menu-redo = Redo
menu-new-event = New event
menu-reopen-article = Reopen closed article

## View
menu-fit-all = Fit all
menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-show-articles = Articles
menu-show-list = Event list
menu-show-reader = Reader
menu-show-editor = Event panel
menu-lanes = Timeline lanes
lanes-auto = Automatic (by the collection)
lanes-articles = One per article
lanes-sources = One per source
lanes-categories = One per category
lanes-tags = One per tag
lanes-one = One lane for all
menu-hijri-axis = Hijri dates under the axis
menu-axis-dates = Dates on the axis
menu-axis-arabic-months = Arabic month names
menu-axis-iso = ISO (2022-12-19)
menu-time-direction = Time runs
time-as-interface = As the interface reads
time-left-to-right = From left to right
time-right-to-left = From right to left
menu-language = Language
menu-language-system = As the system ({ $language })
menu-arabic-indic-digits = Arabic-Indic digits (١٢٣)
menu-arabic-indic-digits-hint = Numbers in the Arabic interface written ٠١٢٣٤٥٦٧٨٩ rather than 0123456789
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark

## Help
menu-keyboard-shortcuts = Keyboard shortcuts
menu-about = About Tarikh
about-title = About Tarikh
about-heading = Tarikh { $version }
about-what = Finds the dated events of Arabic news articles and puts them on a timeline.
about-font = Arabic font: Noto Naskh Arabic (SIL Open Font License).

shortcuts-title = Keyboard shortcuts
keys-open-files = Open files…
keys-open-project = Open a project…
keys-save = Save the project
keys-save-as = Save the project as…
keys-undo = Undo the last edit
keys-redo = Redo
keys-close = Close the article in the reader
keys-find = Search events
keys-quit = Quit
keys-next-keys = j / Down
keys-next = Next event in time
keys-previous-keys = k / Up
keys-previous = Previous event in time
keys-zoom-keys = + / -, mouse wheel
keys-zoom = Zoom the timeline
keys-pan-keys = Left / Right, drag
keys-pan = Pan the timeline
keys-fit-keys = Home
keys-fit = Fit all events
keys-clear = Clear the selection
keys-delete-keys = Delete
keys-delete = Hide the selected event (not an event), or delete one you added
