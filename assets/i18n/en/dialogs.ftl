# Windows and dialogs: closing an article, projects (restore after a crash, one that cannot be
# opened, missing and changed articles, a failed save), file dialogs and the path field,
# Export, files that could not be opened.

cancel = Cancel
close = Close
dismiss = Dismiss
save = Save
save-as = Save as…
open = Open

close-article-title = Close article?
close-article-explained = Its events leave the timeline. Your edits are kept; Edit > Reopen closed article brings it back.
close-article-confirm = Close article

## Projects
project-untitled = Untitled
project-problem = { $error }. The file was left as it is.
project-error-io = cannot read it: { $error }
project-error-not-a-project = it is not a Tarikh project
project-error-truncated = the file is cut short ({ $at }); it was not completely written
project-error-corrupt = the file is damaged: { $why }
project-error-future = it was saved by a newer Tarikh (project schema { $found }; this version reads up to { $schema }). Update Tarikh to open it
project-not-saved-because = Could not save { $path }: { $error }
crash-heading = Tarikh did not close properly
crash-saved-at = Your work was saved automatically at { $time } in
    { $path }
crash-restore = Restore it
crash-start-afresh = Start afresh (keep a copy)
problem-title = The project could not be opened
problem-path = { $path }:
problem-open-backup = Open the backup
problem-no-backup = There is no readable backup.
project-articles-title = Project articles
project-articles-missing = These articles are not where the project says. Locate them to bring their events back; your edits of them are kept meanwhile.
project-articles-locate = Locate…
project-articles-remove = Remove
project-articles-remove-hint = Drop it from the project
project-articles-changed = These articles changed since the project was saved. Their events were found again; your edits were re-attached where their text is still there (the others are marked D).
not-saved-title = Not saved
not-saved-still-open = Your work is still open. Autosave tries again every few seconds.
not-saved-try-again = Try again
not-saved-elsewhere = Save elsewhere…

## File dialogs and the path field
dialog-open-project = Open a Tarikh project
dialog-save-project = Save the project as
dialog-relocate = Where is this article now?
dialog-open-articles = Open articles
dialog-open-folder = Open a folder of articles
dialog-filter-projects = Tarikh projects
dialog-filter-articles = Articles
dialog-filter-all = All files
dialog-not-shown = The file dialog could not be shown. Install a desktop portal (xdg-desktop-portal) or zenity, or type a path here.
dialog-none-available = No file dialog is available here (no desktop portal session and no zenity). Install xdg-desktop-portal or zenity, or type a path:
path-save-project = Save the project as (path)
path-open-project = Open a project (path)
path-relocate = Locate the article (path)
path-open = Open a path
path-hint-save-project = /path/to/timeline.tarikh
path-hint-open-project = /path/to/project.tarikh
path-hint-relocate = /path/to/the/article.txt
path-hint-open = /path/to/article.txt or a folder
path-label = Path

## Export
export-title = Export
export-format = Format
format-png = PNG image
format-svg = SVG image
format-json = JSON
format-csv = CSV
format-xlsx = Excel (xlsx)
format-timelinejs = TimelineJS data
format-timelinejs-page = TimelineJS page
format-ics = iCalendar
export-whole-timeline = Whole timeline
export-current-view = Current view
export-width = Width
export-pixels = {" px"}
export-dark = Dark
export-legend = Legend of articles
export-outlines = Text as outlines (shows without Arabic fonts)
export-language = Language of titles and marks
export-language-arabic = Arabic
export-language-english = English
export-or-path = or to a path:
export-path-hint = /path/to/file
export-saved = Saved { $path }
export-failed = Could not save { $path }: { $error }

## Files that could not be opened
errors-not-opened = { $count } file(s) could not be opened
errors-line = { $path } — { $reason }
# Why a file could not be opened.
reason-not-found = no such file or folder
reason-permission-denied = permission denied
reason-folder = is a folder, not a file
reason-not-regular = is not a regular file (a pipe, a socket or a device)
reason-too-large = too large ({ $mb } MB; the limit is { $limit } MB)
reason-binary = not a text file (binary data)
