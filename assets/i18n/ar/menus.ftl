# شريط القوائم وما يفتحه: ملف، تحرير، عرض (ومعه مظهر الخط الزمني واللغة)، مساعدة، ونافذتا
# «حول» و«اختصارات لوحة المفاتيح»، وعنوان النافذة.

window-title = { $project }{ $unsaved ->
    [1] { " •" }
   *[other] {""}
} — تاريخ

menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-help = مساعدة

## ملف
menu-new-project = مشروع جديد
menu-open-project = فتح مشروع…
menu-recent-projects = المشاريع الأخيرة
menu-recent-none = لا شيء بعد
menu-save-project = حفظ المشروع
menu-save-project-as = حفظ المشروع باسم…
menu-embed-texts = الاحتفاظ بنصوص المقالات داخل المشروع
menu-embed-texts-hint = عندها يُفتح المشروع حتى حيث تغيب ملفات المقالات
menu-open-files = فتح ملفات…
menu-open-folder = فتح مجلد…
menu-open-path = فتح مسار…
menu-close-article = إغلاق المقال
menu-export = تصدير
menu-export-image = صورة الخط الزمني (PNG، SVG)…
menu-export-data = بيانات الأحداث (JSON، CSV، TimelineJS، iCalendar)…
menu-quit = إنهاء
menu-last-saved = حُفظ الساعة { $time } في { $path }

## تحرير
menu-undo = تراجع
menu-redo = إعادة
menu-new-event = حدث جديد
menu-reopen-article = إعادة فتح المقال المغلق

## عرض
menu-fit-all = احتواء الكل
menu-zoom-in = تكبير
menu-zoom-out = تصغير
menu-show-articles = المقالات
menu-show-list = قائمة الأحداث
menu-show-reader = القارئ
menu-show-editor = لوحة الحدث
menu-lanes = مسارات الخط الزمني
lanes-auto = تلقائي (حسب المجموعة)
lanes-articles = مسار لكل مقال
lanes-sources = مسار لكل مصدر
lanes-categories = مسار لكل تصنيف
lanes-tags = مسار لكل وسم
lanes-one = مسار واحد للجميع
menu-hijri-axis = التواريخ الهجرية تحت المحور
menu-axis-dates = التواريخ على المحور
menu-axis-arabic-months = أسماء الشهور بالعربية
menu-axis-iso = صيغة ISO ‏(2022-12-19)
menu-time-direction = اتجاه الزمن
time-as-interface = مع اتجاه الواجهة
time-left-to-right = من اليسار إلى اليمين
time-right-to-left = من اليمين إلى اليسار
menu-language = اللغة
menu-language-system = لغة النظام ({ $language })
menu-arabic-indic-digits = الأرقام المشرقية (١٢٣)
menu-arabic-indic-digits-hint = كتابة الأعداد في الواجهة العربية هكذا ٠١٢٣٤٥٦٧٨٩ بدلًا من 0123456789
menu-theme = المظهر
menu-theme-system = حسب النظام
menu-theme-light = فاتح
menu-theme-dark = داكن

## مساعدة
menu-keyboard-shortcuts = اختصارات لوحة المفاتيح
menu-about = حول «تاريخ»
about-title = حول «تاريخ»
about-heading = تاريخ { $version }
about-what = يستخرج الأحداث المؤرَّخة من المقالات الإخبارية العربية ويضعها على خط زمني.
about-font = الخط العربي: Noto Naskh Arabic (رخصة SIL للخطوط المفتوحة).

shortcuts-title = اختصارات لوحة المفاتيح
keys-open-files = فتح ملفات…
keys-open-project = فتح مشروع…
keys-save = حفظ المشروع
keys-save-as = حفظ المشروع باسم…
keys-undo = التراجع عن آخر تعديل
keys-redo = إعادة
keys-close = إغلاق المقال المعروض في القارئ
keys-find = البحث في الأحداث
keys-quit = إنهاء
keys-next-keys = j / السهم لأسفل
keys-next = الحدث التالي زمنيًّا
keys-previous-keys = k / السهم لأعلى
keys-previous = الحدث السابق زمنيًّا
keys-zoom-keys = + / -، عجلة الفأرة
keys-zoom = تكبير الخط الزمني وتصغيره
keys-pan-keys = السهمان الأيسر والأيمن، السحب
keys-pan = تحريك الخط الزمني
keys-fit-keys = Home
keys-fit = احتواء كل الأحداث
keys-clear = إلغاء التحديد
keys-delete-keys = Delete
keys-delete = إخفاء الحدث المحدد (ليس حدثًا)، أو حذف حدث أضفته
