# منتقي التاريخ: تقويماه، الشهور، أيام الأسبوع.

picker-calendar-gregorian = ميلادي
picker-calendar-hijri = هجري (أم القرى)
picker-previous-month = الشهر السابق
picker-next-month = الشهر التالي
picker-previous-year = السنة السابقة
picker-next-year = السنة التالية
picker-today = اليوم
picker-close = إغلاق
picker-open-hint = اختر تاريخًا
picker-button = { $day } { $month } { $year }
picker-title = { $month } { $year }
picker-hijri-year = { $year } هـ
picker-hijri-beside = { $day } { $month } { $year } هـ

month-gregorian-1 = يناير
month-gregorian-2 = فبراير
month-gregorian-3 = مارس
month-gregorian-4 = أبريل
month-gregorian-5 = مايو
month-gregorian-6 = يونيو
month-gregorian-7 = يوليو
month-gregorian-8 = أغسطس
month-gregorian-9 = سبتمبر
month-gregorian-10 = أكتوبر
month-gregorian-11 = نوفمبر
month-gregorian-12 = ديسمبر

month-hijri-1 = محرم
month-hijri-2 = صفر
month-hijri-3 = ربيع الأول
month-hijri-4 = ربيع الآخر
month-hijri-5 = جمادى الأولى
month-hijri-6 = جمادى الآخرة
month-hijri-7 = رجب
month-hijri-8 = شعبان
month-hijri-9 = رمضان
month-hijri-10 = شوال
month-hijri-11 = ذو القعدة
month-hijri-12 = ذو الحجة

weekday-short-mon = إثنين
weekday-short-tue = ثلاثاء
weekday-short-wed = أربعاء
weekday-short-thu = خميس
weekday-short-fri = جمعة
weekday-short-sat = سبت
weekday-short-sun = أحد
