# اللوحات: شريط الحالة، قائمة الأحداث، تحديد عدة أحداث، لوحة الحدث، لوحة المقالات، القارئ
# وتاريخ المقال، وتلميحات الخط الزمني.

## شريط الحالة
status-loading = جارٍ التحميل { $done }/{ $total }
status-counts = المقالات: { $articles } · الأحداث: { $events } (المعروض: { $shown })
status-unplaced = تواريخ نسبية لم توضع: { $count }
status-unplaced-hint = اعرض أولها في القارئ: أعطِ مقاله تاريخًا
status-reopen = إعادة فتح
status-reopen-hint = إعادة فتح { $name }
status-opened = { $count ->
    [zero] لم يُفتح أي مقال
    [one] فُتح مقال واحد
    [two] فُتح مقالان
    [few] فُتحت { $count } مقالات
    [many] فُتح { $count } مقالًا
   *[other] فُتح { $count } مقال
}{ $duplicates ->
    [0] {""}
    [1] ، وتُخطّيت نسخة مكررة من مقال واحد
   *[other] ، وتُخطّيت نسخ مكررة عددها { $duplicates } من { $originals ->
        [one] مقال واحد
        [two] مقالين
        [few] { $originals } مقالات
        [many] { $originals } مقالًا
       *[other] { $originals } مقال
    }
}{ $failed ->
    [0] {""}
    [one] ، وتعذّر فتح ملف واحد
    [two] ، وتعذّر فتح ملفين
    [few] ، وتعذّر فتح { $failed } ملفات
    [many] ، وتعذّر فتح { $failed } ملفًا
   *[other] ، وتعذّر فتح { $failed } ملف
} خلال { NUMBER($seconds, minimumFractionDigits: 2) } ثانية
status-autosave-off = الحفظ التلقائي متوقف: تتعذّر الكتابة في { $path }: { $error }
status-another-running = نسخة أخرى من «تاريخ» تعمل (العملية { $pid })
status-batch-changed = { $count ->
    [one] عُدّل حدث واحد
    [two] عُدّل حدثان
    [few] عُدّلت { $count } أحداث
    [many] عُدّل { $count } حدثًا
   *[other] عُدّل { $count } حدث
} (Ctrl+Z للتراجع)
status-closed = أُغلق { $name }
status-reopened = أُعيد فتح { $name }
status-undone = تم التراجع
status-redone = تمت الإعادة
status-saved = حُفظ { $name }
status-new-project = مشروع جديد
status-kept-aside = حُفظ عملك غير المسمّى باسم { $path }
status-backup-opened = فُتحت النسخة الاحتياطية، وستُحفظ باسم { $path }
new-event-title = حدث جديد

## قائمة الأحداث
list-search-hint = بحث (بالعربية، مرن)…
sort-by-date = حسب التاريخ
sort-by-article = حسب المقال
sort-in-text-order = بترتيب النص
list-clear-filters = مسح البحث والتصفية
list-matches = الأحداث المطابقة: { $shown } من { $count }
list-zoom-to-results = تكبير إلى النتائج
list-zoom-to-results-hint = ملاءمة الخط الزمني لها
list-column-date = التاريخ
list-column-written = كما كُتب
list-column-title = العنوان
list-sources = { $count ->
    [two] مصدران
    [few] { $count } مصادر
    [many] { $count } مصدرًا
   *[other] { $count } مصدر
}
list-filters = التصفية
list-articles-hidden = مقالات مخفية: { $hidden } من { $count }
list-show-all = إظهار الكل
list-category = التصنيف
list-category-all = الكل
list-show-hidden = إظهار المخفية
list-from = من
list-to = إلى
list-date-hint = 2022-03، أو بالعربية
list-not-a-date = ليس تاريخًا
list-no-match = لا أحداث مطابقة
list-limit-from = من { $date }
list-limit-to = إلى { $date }
list-limit-category = التصنيف { $category }
list-limit-articles = مقالات مستبعدة: { $hidden } من { $count }
list-separator = {"، "}

## العلامات (الحرف في القائمة، ومعناه في التلميح)
flag-relative = نسبي: وُضع بالنسبة إلى تاريخ نشر المقال
flag-conflict = تعارض: تاريخ آخر في هذا المقال يناقض هذا التاريخ (مثل «يناير المقبل» و«يناير 2024»)
flag-approximate = تقريبي: جزء من شهر أو سنة، يُرسم وفق اصطلاح
flag-inferred-year = السنة غير مكتوبة، وقد أُخذت من السياق
flag-hijri = مكتوب بالتقويم الهجري ومحوَّل (أم القرى)
flag-pinned = ثبّتَّه: تتقدّم تسميته على الخط الزمني
flag-edited = عدّلتَه
flag-manual = أضفتَه
flag-detached = تعديلك أو حدثك: لم يعد نصه الأصلي في المقال (أو لم يعد يُقرأ تاريخًا)، وهو محفوظ.
flag-hidden = مخفي بوصفه نتيجة خاطئة (ظاهر لأن «إظهار المخفية» مفعّل)

## تحديد عدة أحداث
batch-selected = المحدد: { $count }
batch-hide = إخفاء
batch-hide-hint = وسمها جميعًا بأنها ليست أحداثًا (خطوة تراجع واحدة)
batch-category = تصنيف…
batch-tag-hint = وسم
batch-tag = إضافة وسم
batch-merge = دمج
batch-merge-hint = الحدث نفسه مرويًّا عدة مرات
batch-pin = تثبيت
batch-pin-hint = تتقدّم تسمياتها على الخط الزمني
batch-clear = إلغاء التحديد

## لوحة الحدث
editor-select-an-event = اختر حدثًا لعرضه وتحريره.
editor-new-event = حدث جديد…
editor-fold = طيّ
editor-fold-hint = طيّ المحرر
editor-open = تحرير
editor-open-hint = فتح المحرر
source-previous = المصدر السابق
source-next = المصدر التالي
source-of = المصدر { $number } من { $count }
editor-split = فصل عن المجموعة
editor-delete = حذف الحدث
editor-delete-hint = حذف
editor-show-again = إظهاره مجددًا
editor-hide = إخفاء (ليس حدثًا)
editor-hide-hint = وسمه نتيجةً خاطئة (Delete)
editor-pin = تثبيت
editor-unpin = إلغاء التثبيت
editor-pin-hint = تتقدّم تسمية الحدث المثبّت على الخط الزمني وفي الملفات المصدَّرة
editor-revert = استعادة ما استُخرج
editor-merge = دمج مع الحدث الموسوم
editor-unmark = إلغاء الوسم
editor-marked = موسوم: اختر حدثًا آخر لدمجه معه
editor-mark = وسم للدمج
editor-mark-hint = ثم اختر حدثًا آخر: الحدث نفسه منقولًا في موضع آخر
editor-date = التاريخ
editor-title = العنوان
editor-note = ملاحظة
editor-category = التصنيف
editor-tags = الوسوم
editor-tags-hint = مفصولة، بفواصل
editor-date-hint = 2023-12-06، أو 2023-12-06/2023-12-08، أو بالعربية
editor-not-a-date = ليس تاريخًا يستطيع «تاريخ» قراءته
editor-from = من
editor-to = إلى
editor-no-category = (بلا تصنيف)
editor-own-category-hint = أو تصنيفك الخاص
granularity-day = يوم
granularity-month = شهر
granularity-year = سنة
granularity-part-of-month = جزء من شهر
granularity-part-of-year = جزء من سنة
granularity-range = مدة
granularity-decade = عقد
granularity-century = قرن
granularity-part-of-decade = جزء من عقد
granularity-part-of-century = جزء من قرن

## لوحة المقالات
articles-count = { $count ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
articles-all = الكل
articles-all-hint = إظهار أحداث كل المقالات
articles-none = لا شيء
articles-none-hint = إخفاء أحداث كل المقالات
sort-as-opened = بترتيب الفتح
sort-by-title = حسب العنوان
sort-by-source = حسب المصدر
sort-by-events = حسب عدد الأحداث
articles-filter-hint = تصفية المقالات…
articles-rename = إعادة تسمية
articles-rename-title = العنوان
articles-rename-source = المصدر
articles-show-hint = إظهار أحداثه على الخط الزمني وفي القائمة
articles-no-date = بلا تاريخ
articles-unknown-source = مصدر غير معروف
articles-details = { $source } · { $date } · الأحداث: { $count } · { $file }

## القارئ
reader-empty = افتح مقالات من ملف > فتح ملفات… (Ctrl+O) أو أسقطها هنا.
reader-hidden = القارئ مخفي (عرض > القارئ).
reader-copy-sentence = نسخ الجملة
reader-new-event = حدث جديد من التحديد
reader-copy-selection = نسخ التحديد
reader-drag-hint = · اسحب لتحديد نص
reader-warning = تحذير: { $warning }
article-date = تاريخ المقال
article-date-hint = 2024-03-14، أو بالعربية
article-date-set = تعيين
article-date-not-a-day = ليس يومًا
article-dated-by-you = مؤرَّخ { $date } (بتحديدك)
article-date-change = تغيير
article-date-change-hint = إعطاء المقال تاريخًا آخر
article-date-clear = مسح
article-date-clear-hint = استخدام تاريخ النشر الوارد في النص، إن وُجد
article-dateline = تاريخ النشر: { $date }
article-no-dateline = لا تاريخ نشر: التواريخ النسبية لم توضع
article-date-give = تحديد التاريخ…
article-date-give-hint = متى نُشر المقال: توضع «أمس» وأمثالها بالنسبة إليه

## الخط الزمني
timeline-fold-lane = انقر لطيّ هذا المسار أو فتحه
timeline-reported-by = { $count ->
    [two] ورد في مقالين
    [few] ورد في { $count } مقالات
    [many] ورد في { $count } مقالًا
   *[other] ورد في { $count } مقال
}
timeline-cluster = { $count ->
    [two] حدثان هنا — انقر لفتحهما
    [few] { $count } أحداث هنا — انقر لفتحها
    [many] { $count } حدثًا هنا — انقر لفتحها
   *[other] { $count } حدث هنا — انقر لفتحها
}
timeline-cluster-more = وغيرها: { $count }

## Lanes without a key
lane-unknown-source = (مصدر غير معروف)
lane-no-category = (بلا تصنيف)
lane-no-tag = (بلا وسم)
