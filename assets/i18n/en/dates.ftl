# The date picker: its calendars, months, days of the week.

picker-calendar-gregorian = Gregorian
picker-calendar-hijri = Hijri (Umm al-Qura)
picker-previous-month = Previous month
picker-next-month = Next month
picker-previous-year = Previous year
picker-next-year = Next year
picker-today = Today
picker-close = Close
picker-open-hint = Pick a date
picker-button = { $day } { $month } { $year }
picker-title = { $month } { $year }
picker-hijri-year = { $year } AH
picker-hijri-beside = { $day } { $month } { $year } AH

month-gregorian-1 = January
month-gregorian-2 = February
month-gregorian-3 = March
month-gregorian-4 = April
month-gregorian-5 = May
month-gregorian-6 = June
month-gregorian-7 = July
month-gregorian-8 = August
month-gregorian-9 = September
month-gregorian-10 = October
month-gregorian-11 = November
month-gregorian-12 = December

month-hijri-1 = Muharram
month-hijri-2 = Safar
month-hijri-3 = Rabiʿ al-Awwal
month-hijri-4 = Rabiʿ al-Thani
month-hijri-5 = Jumada al-Ula
month-hijri-6 = Jumada al-Akhira
month-hijri-7 = Rajab
month-hijri-8 = Shaʿban
month-hijri-9 = Ramadan
month-hijri-10 = Shawwal
month-hijri-11 = Dhu al-Qaʿda
month-hijri-12 = Dhu al-Hijja

weekday-short-mon = Mo
weekday-short-tue = Tu
weekday-short-wed = We
weekday-short-thu = Th
weekday-short-fri = Fr
weekday-short-sat = Sa
weekday-short-sun = Su
