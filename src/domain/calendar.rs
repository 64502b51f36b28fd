//! A month calendar as plain dates: the grid the date picker draws, moving the selection
//! in it, and reading a date the user typed.
//!
//! Rules:
//!
//! - **Grid.** A month is shown as whole weeks of seven days. The columns start on the
//!   locale's first day of the week (a parameter: Monday in Germany, Sunday in the US and
//!   Japan). The first row holds the 1st of the month, preceded by the last days of the
//!   previous month; the last row holds the last day, followed by the first days of the
//!   next month. There are as many rows as the month needs: 4 (a February of 28 days
//!   starting on the first weekday), 5 or 6.
//! - **Moving.** By days and weeks: plain calendar arithmetic across month and year ends.
//!   By months: the same day of the month, clamped to the target month's last day
//!   (31 January + 1 month = 28 or 29 February; 31 March − 1 month = 28 or 29 February).
//!   A move never fails: it stops at the first or last date jiff represents.
//! - **Typed dates.** Surrounding spaces are ignored; an empty text is no date. What jiff
//!   reads as a civil date (ISO 8601: `2026-12-05`, also `20261205`) is taken as is.
//!   Otherwise the text must be three groups of digits separated by spaces, `.`, `/`,
//!   `-`, `,` or the CJK date marks (年 月 日, 년 월 일), in the order of the locale's short
//!   numeric dates ([`DateOrder`]): `05.12.2026` (day first), `12/5/2026` (month first),
//!   `2026/12/5`, `2026年12月5日`, `2026. 12. 5.` (year first). A first group of four digits
//!   is always a year (year, month, day). A year of two digits is in 2000–2099, as the
//!   locales' own short dates write it (`12/5/26`). Full-width digits count as digits.
//!   Anything else, or a day that does not exist (31 April), is no date.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// The seven weekdays in column order, starting with `first`.
#[must_use]
pub fn weekday_columns(first: Weekday) -> [Weekday; 7] {
    let mut columns = [first; 7];
    for (i, column) in columns.iter_mut().enumerate() {
        *column = first.wrapping_add(i64::try_from(i).unwrap_or(0));
    }
    columns
}

/// One month laid out as weeks, the columns starting on a given weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    first_of_month: Date,
    first_weekday: Weekday,
    /// The first date of the first row (on or before the 1st).
    start: Date,
    rows: usize,
}

impl MonthGrid {
    /// The grid of `month` (1–12) of `year`, or `None` for a month that does not exist
    /// or whose grid would reach past the dates jiff represents.
    #[must_use]
    pub fn new(year: i16, month: i8, first_weekday: Weekday) -> Option<MonthGrid> {
        let first_of_month = Date::new(year, month, 1).ok()?;
        let lead = first_of_month.weekday().since(first_weekday);
        let start = first_of_month.checked_sub(i64::from(lead).days()).ok()?;
        let cells =
            usize::try_from(i64::from(lead) + i64::from(first_of_month.days_in_month())).ok()?;
        let rows = cells.div_ceil(7);
        // The last cell must exist too.
        start
            .checked_add(i64::try_from(rows * 7 - 1).ok()?.days())
            .ok()?;
        Some(MonthGrid {
            first_of_month,
            first_weekday,
            start,
            rows,
        })
    }

    /// The grid of the month that holds `date`.
    #[must_use]
    pub fn containing(date: Date, first_weekday: Weekday) -> Option<MonthGrid> {
        MonthGrid::new(date.year(), date.month(), first_weekday)
    }

    #[must_use]
    pub fn year(&self) -> i16 {
        self.first_of_month.year()
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(&self) -> i8 {
        self.first_of_month.month()
    }

    #[must_use]
    pub fn first_of_month(&self) -> Date {
        self.first_of_month
    }

    /// The weekdays of the columns, left to right.
    #[must_use]
    pub fn columns(&self) -> [Weekday; 7] {
        weekday_columns(self.first_weekday)
    }

    /// The number of rows (weeks): 4, 5 or 6.
    #[must_use]
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The weeks, top to bottom, each left to right; days of the neighbour months
    /// included.
    #[must_use]
    pub fn weeks(&self) -> Vec<[Date; 7]> {
        let mut day = self.start;
        (0..self.rows)
            .map(|_| {
                let mut week = [day; 7];
                for cell in &mut week {
                    *cell = day;
                    // `new` checked that every cell exists.
                    day = day.tomorrow().unwrap_or(day);
                }
                week
            })
            .collect()
    }

    /// Whether `date` belongs to this month (not to a neighbour shown in the grid).
    #[must_use]
    pub fn in_month(&self, date: Date) -> bool {
        date.year() == self.year() && date.month() == self.month()
    }

    /// The row and column of `date`, if the grid shows it.
    #[must_use]
    pub fn position(&self, date: Date) -> Option<(usize, usize)> {
        let days = self.start.until(date).ok()?.get_days();
        let index = usize::try_from(days).ok()?;
        (index < self.rows * 7).then_some((index / 7, index % 7))
    }

    /// The previous month's grid, if it exists.
    #[must_use]
    pub fn previous(&self) -> Option<MonthGrid> {
        let date = self.first_of_month.checked_sub(1.month()).ok()?;
        MonthGrid::containing(date, self.first_weekday)
    }

    /// The next month's grid, if it exists.
    #[must_use]
    pub fn next(&self) -> Option<MonthGrid> {
        let date = self.first_of_month.checked_add(1.month()).ok()?;
        MonthGrid::containing(date, self.first_weekday)
    }
}

/// A move of the selected date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Days(i32),
    Weeks(i32),
    /// The same day of the month, clamped to the target month's last day.
    Months(i32),
}

/// `date` moved by `by`, stopping at the first or last date jiff represents.
#[must_use]
pub fn step(date: Date, by: Move) -> Date {
    let span = match by {
        Move::Days(n) => n.days(),
        Move::Weeks(n) => n.weeks(),
        // jiff keeps the day of month and clamps it to the target month's length.
        Move::Months(n) => n.months(),
    };
    date.saturating_add(span)
}

/// The order of day, month and year in a locale's short numeric dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// 2026/12/05, 2026年12月5日, 2026. 12. 5.
    #[default]
    YearMonthDay,
    /// 05.12.2026, 05/12/2026
    DayMonthYear,
    /// 12/5/2026
    MonthDayYear,
}

/// The date in `text`, by the rules at the top of this module; `order` is the order of
/// the interface locale's short numeric dates.
#[must_use]
pub fn parse_date(text: &str, order: DateOrder) -> Option<Date> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let mut groups: Vec<String> = Vec::new();
    let mut in_group = false;
    for c in text.chars() {
        let digit = match c {
            '0'..='9' => Some(c),
            // Full-width digits, as a Japanese or Chinese input method may type them.
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
            _ => None,
        };
        if let Some(digit) = digit {
            if !in_group {
                groups.push(String::new());
            }
            groups.last_mut()?.push(digit);
            in_group = true;
        } else if c.is_whitespace() || ".,/-年月日년월일．／－，".contains(c) {
            in_group = false;
        } else {
            return None;
        }
    }
    let [a, b, c] = <[String; 3]>::try_from(groups).ok()?;
    let order = if a.len() == 4 {
        DateOrder::YearMonthDay
    } else {
        order
    };
    let (year, month, day) = match order {
        DateOrder::YearMonthDay => (a, b, c),
        DateOrder::DayMonthYear => (c, b, a),
        DateOrder::MonthDayYear => (c, a, b),
    };
    if month.len() > 2 || day.len() > 2 {
        return None;
    }
    let year: i16 = match year.len() {
        4 => year.parse().ok()?,
        2 => 2000 + year.parse::<i16>().ok()?,
        _ => return None,
    };
    Date::new(year, month.parse().ok()?, day.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn columns_start_on_the_given_weekday() {
        assert_eq!(
            weekday_columns(Weekday::Sunday),
            [
                Weekday::Sunday,
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
                Weekday::Saturday,
            ]
        );
        assert_eq!(weekday_columns(Weekday::Monday)[6], Weekday::Sunday);
        assert_eq!(weekday_columns(Weekday::Saturday)[1], Weekday::Sunday);
    }

    #[test]
    fn december_2026_starting_monday_and_sunday() {
        // 1 December 2026 is a Tuesday.
        let monday = MonthGrid::new(2026, 12, Weekday::Monday).expect("grid");
        let weeks = monday.weeks();
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], date(2026, 11, 30));
        assert_eq!(weeks[0][1], date(2026, 12, 1));
        assert_eq!(weeks[4][3], date(2026, 12, 31));
        assert_eq!(weeks[4][6], date(2027, 1, 3));
        assert!(!monday.in_month(weeks[0][0]));
        assert!(monday.in_month(weeks[4][3]));
        assert_eq!(monday.position(date(2026, 12, 24)), Some((3, 3)));
        assert_eq!(monday.position(date(2027, 1, 4)), None);
        assert_eq!(monday.position(date(2026, 11, 29)), None);

        let sunday = MonthGrid::new(2026, 12, Weekday::Sunday).expect("grid");
        let weeks = sunday.weeks();
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], date(2026, 11, 29));
        assert_eq!(weeks[0][2], date(2026, 12, 1));
        assert_eq!(weeks[4][6], date(2027, 1, 2));
    }

    #[test]
    fn rows_as_the_month_needs() {
        // February 2027 starts on a Monday and has 28 days.
        assert_eq!(
            MonthGrid::new(2027, 2, Weekday::Monday).map(|g| g.rows()),
            Some(4)
        );
        assert_eq!(
            MonthGrid::new(2027, 2, Weekday::Sunday).map(|g| g.rows()),
            Some(5)
        );
        // August 2026 starts on a Saturday and has 31 days.
        assert_eq!(
            MonthGrid::new(2026, 8, Weekday::Monday).map(|g| g.rows()),
            Some(6)
        );
        // The first row always holds the 1st, the last row the last day.
        for first in weekday_columns(Weekday::Monday) {
            for month in 1..=12 {
                let grid = MonthGrid::new(2028, month, first).expect("grid");
                let weeks = grid.weeks();
                assert!(weeks[0].contains(&grid.first_of_month()));
                let last = grid.first_of_month().last_of_month();
                assert!(weeks[weeks.len() - 1].contains(&last));
                assert_eq!(weeks[0][0].weekday(), first);
            }
        }
    }

    #[test]
    fn months_that_do_not_exist_have_no_grid() {
        assert_eq!(MonthGrid::new(2026, 13, Weekday::Monday), None);
        assert_eq!(MonthGrid::new(2026, 0, Weekday::Monday), None);
        // The grid of December 9999 would need days after the last one jiff knows.
        assert_eq!(MonthGrid::new(9999, 12, Weekday::Monday), None);
        let november = MonthGrid::new(2026, 11, Weekday::Monday).expect("grid");
        assert_eq!(november.next().map(|g| g.month()), Some(12));
        assert_eq!(
            november
                .next()
                .and_then(|g| g.next())
                .map(|g| (g.year(), g.month())),
            Some((2027, 1))
        );
        let january = MonthGrid::new(2027, 1, Weekday::Monday).expect("grid");
        assert_eq!(
            january.previous().map(|g| (g.year(), g.month())),
            Some((2026, 12))
        );
    }

    #[test]
    fn moves_cross_months_and_clamp() {
        let d = date(2026, 12, 31);
        assert_eq!(step(d, Move::Days(1)), date(2027, 1, 1));
        assert_eq!(step(d, Move::Weeks(-1)), date(2026, 12, 24));
        assert_eq!(step(date(2026, 1, 31), Move::Months(1)), date(2026, 2, 28));
        assert_eq!(step(date(2028, 1, 31), Move::Months(1)), date(2028, 2, 29));
        assert_eq!(step(date(2026, 3, 31), Move::Months(-1)), date(2026, 2, 28));
        assert_eq!(step(date(2026, 5, 31), Move::Months(-1)), date(2026, 4, 30));
        assert_eq!(step(date(2026, 11, 15), Move::Months(2)), date(2027, 1, 15));
        assert_eq!(step(Date::MAX, Move::Days(1)), Date::MAX);
        assert_eq!(step(Date::MIN, Move::Months(-1)), Date::MIN);
    }

    #[test]
    fn typed_dates() {
        use DateOrder::{DayMonthYear, MonthDayYear, YearMonthDay};
        let want = Some(date(2026, 12, 5));
        for order in [YearMonthDay, DayMonthYear, MonthDayYear] {
            assert_eq!(parse_date("2026-12-05", order), want);
            assert_eq!(parse_date("  2026-12-05 ", order), want);
            assert_eq!(parse_date("2026/12/5", order), want);
            assert_eq!(parse_date("2026年12月5日", order), want);
            assert_eq!(parse_date("２０２６年１２月５日", order), want);
            assert_eq!(parse_date("2026. 12. 5.", order), want);
            assert_eq!(parse_date("2026년 12월 5일", order), want);
            assert_eq!(parse_date("", order), None);
            assert_eq!(parse_date("   ", order), None);
            assert_eq!(parse_date("2026-13-05", order), None);
            assert_eq!(parse_date("2026-04-31", order), None);
            assert_eq!(parse_date("5 Dec 2026", order), None);
            assert_eq!(parse_date("2026-12", order), None);
            assert_eq!(parse_date("2026-12-05-01", order), None);
            assert_eq!(parse_date("tomorrow", order), None);
        }
        assert_eq!(parse_date("05.12.2026", DayMonthYear), want);
        assert_eq!(parse_date("5.12.26", DayMonthYear), want);
        assert_eq!(parse_date("05/12/2026", DayMonthYear), want);
        assert_eq!(parse_date("05-12-2026", DayMonthYear), want);
        assert_eq!(parse_date("12/5/2026", MonthDayYear), want);
        assert_eq!(parse_date("12/5/26", MonthDayYear), want);
        assert_eq!(parse_date("26. 12. 5.", YearMonthDay), want);
        // Day and month in the wrong order for the locale.
        assert_eq!(parse_date("12/31/2026", DayMonthYear), None);
        assert_eq!(parse_date("31.12.2026", MonthDayYear), None);
        // A three-digit year or a three-digit day is not a date.
        assert_eq!(parse_date("05.12.202", DayMonthYear), None);
        assert_eq!(parse_date("005.12.2026", DayMonthYear), None);
    }
}
