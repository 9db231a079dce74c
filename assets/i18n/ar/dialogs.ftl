# النوافذ ومربعات الحوار: إغلاق مقال، المشاريع (الاستعادة بعد انهيار، مشروع تعذّر فتحه،
# مقالات مفقودة ومتغيرة، حفظ فشل)، نوافذ اختيار الملفات وحقل المسار، التصدير، ملفات تعذّر فتحها.

cancel = إلغاء
close = إغلاق
dismiss = تجاهل
save = حفظ
save-as = حفظ باسم…
open = فتح

close-article-title = إغلاق المقال؟
close-article-explained = ستغادر أحداثه الخط الزمني. تعديلاتك محفوظة، ويعيده «تحرير > إعادة فتح المقال المغلق».
close-article-confirm = إغلاق المقال

## المشاريع
project-untitled = بلا عنوان
project-problem = { $error }. تُرك الملف كما هو.
project-error-io = تتعذّر قراءته: { $error }
project-error-not-a-project = ليس مشروعًا من مشاريع «تاريخ»
project-error-truncated = الملف مبتور ({ $at })؛ لم تكتمل كتابته
project-error-corrupt = الملف تالف: { $why }
project-error-future = حُفظ بإصدار أحدث من «تاريخ» (مخطط المشروع { $found }، وهذا الإصدار يقرأ حتى { $schema }). حدّث «تاريخ» لفتحه
project-not-saved-because = تعذّر حفظ { $path }: { $error }
crash-heading = لم يُغلَق «تاريخ» كما ينبغي
crash-saved-at = حُفظ عملك تلقائيًّا الساعة { $time } في
    { $path }
crash-restore = استعادته
crash-start-afresh = البدء من جديد (مع الاحتفاظ بنسخة)
problem-title = تعذّر فتح المشروع
problem-path = { $path }:
problem-open-backup = فتح النسخة الاحتياطية
problem-no-backup = لا توجد نسخة احتياطية صالحة للقراءة.
project-articles-title = مقالات المشروع
project-articles-missing = هذه المقالات ليست حيث يقول المشروع. حدِّد مواضعها لتعود أحداثها؛ وتعديلاتك عليها محفوظة في الأثناء.
project-articles-locate = تحديد الموضع…
project-articles-remove = إزالة
project-articles-remove-hint = إزالته من المشروع
project-articles-changed = تغيّرت هذه المقالات منذ حُفظ المشروع. استُخرجت أحداثها من جديد، وأُعيد ربط تعديلاتك حيث ما زال نصها موجودًا (والباقي موسوم بالحرف D).
not-saved-title = لم يُحفظ
not-saved-still-open = عملك ما زال مفتوحًا. يعيد الحفظ التلقائي المحاولة كل بضع ثوانٍ.
not-saved-try-again = إعادة المحاولة
not-saved-elsewhere = الحفظ في مكان آخر…

## نوافذ اختيار الملفات وحقل المسار
dialog-open-project = فتح مشروع «تاريخ»
dialog-save-project = حفظ المشروع باسم
dialog-relocate = أين هذا المقال الآن؟
dialog-open-articles = فتح مقالات
dialog-open-folder = فتح مجلد مقالات
dialog-filter-projects = مشاريع «تاريخ»
dialog-filter-articles = مقالات
dialog-filter-all = كل الملفات
dialog-not-shown = تعذّر عرض نافذة اختيار الملفات. ثبّت بوابة سطح المكتب (xdg-desktop-portal) أو zenity، أو اكتب مسارًا هنا.
dialog-none-available = لا تتوفر هنا نافذة لاختيار الملفات (لا جلسة لبوابة سطح المكتب ولا zenity). ثبّت xdg-desktop-portal أو zenity، أو اكتب مسارًا:
path-save-project = حفظ المشروع باسم (مسار)
path-open-project = فتح مشروع (مسار)
path-relocate = تحديد موضع المقال (مسار)
path-open = فتح مسار
path-hint-save-project = /path/to/timeline.tarikh
path-hint-open-project = /path/to/project.tarikh
path-hint-relocate = /path/to/the/article.txt
path-hint-open = /path/to/article.txt أو مجلد
path-label = المسار

## التصدير
export-title = تصدير
export-format = الصيغة
format-png = صورة PNG
format-svg = صورة SVG
format-json = JSON
format-csv = CSV
format-xlsx = Excel ‏(xlsx)
format-timelinejs = بيانات TimelineJS
format-timelinejs-page = صفحة TimelineJS
format-ics = iCalendar
export-whole-timeline = الخط الزمني كله
export-current-view = العرض الحالي
export-width = العرض
export-pixels = {" بكسل"}
export-dark = داكن
export-legend = مفتاح المقالات
export-outlines = النص منحنيات (يظهر دون خطوط عربية)
export-language = لغة العناوين والعلامات
export-language-arabic = العربية
export-language-english = الإنجليزية
export-or-path = أو إلى مسار:
export-path-hint = /path/to/file
export-saved = حُفظ { $path }
export-failed = تعذّر حفظ { $path }: { $error }

## ملفات تعذّر فتحها
errors-not-opened = { $count ->
    [one] تعذّر فتح ملف واحد
    [two] تعذّر فتح ملفين
    [few] تعذّر فتح { $count } ملفات
    [many] تعذّر فتح { $count } ملفًا
   *[other] تعذّر فتح { $count } ملف
}
errors-line = { $path } — { $reason }
# لماذا تعذّر فتح ملف.
reason-not-found = لا ملف ولا مجلد بهذا الاسم
reason-permission-denied = لا إذن بقراءته
reason-folder = مجلد، لا ملف
reason-not-regular = ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)
reason-too-large = كبير جدًا ({ $mb } ميغابايت، والحد { $limit } ميغابايت)
reason-binary = ليس ملفًا نصيًا (بيانات ثنائية)
