//! The comparison as text, apart from how it is drawn: the jobs chosen with their
//! packages and figures (`gather`), and the table of them in the interface language —
//! rows with the best figure marked, the notes on what the totals leave out, and the
//! sentence saying which job is worth the most — which the view draws and the CSV and
//! text exports write.

use std::fmt::Write as _;

use fluent_bundle::FluentArgs;

use crate::data;
use crate::domain::compensation::{
    self, AtHome, Basis, Better, Column, Home, MAX_COMPARED, NoTotal, NotAtHome, Note, Package,
    Part,
};
use crate::domain::{CaseId, Workspace, checklist, mobility, ppp};
use crate::i18n::{Localizer, format};
use crate::ui::{PanelContext, cases::case_title};

/// One column of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// The user's current job: the reference, never declined.
    Current,
    Case(CaseId),
}

/// The columns chosen, their packages (completed from the mobility sheets) and the
/// comparison of them.
pub struct Compared {
    pub jobs: Vec<Job>,
    pub names: Vec<String>,
    pub packages: Vec<Package>,
    pub home: Home,
    pub columns: Vec<Column>,
}

/// Gather what the workspace chose to compare.
#[must_use]
pub fn gather(workspace: &Workspace, i18n: &Localizer, this_year: i16) -> Compared {
    let table = data::ppp_table();
    let choice = &workspace.comparison;
    let mut jobs = Vec::new();
    if choice.current_job {
        jobs.push(Job::Current);
    }
    jobs.extend(
        choice
            .cases
            .iter()
            .filter(|id| workspace.case(**id).is_some())
            .take(MAX_COMPARED)
            .map(|id| Job::Case(*id)),
    );
    let mut names = Vec::new();
    let mut packages = Vec::new();
    for job in &jobs {
        match job {
            Job::Current => {
                names.push(i18n.tr("compare-current-job"));
                packages.push(workspace.current_job_package());
            }
            Job::Case(id) => {
                let Some(case) = workspace.case(*id) else {
                    continue;
                };
                names.push(case_title(case, i18n));
                packages.push(compensation::offer_with_sheet(
                    &case.package,
                    &case.mobility,
                ));
            }
        }
    }
    // Home is where the current job is, else the first job with a country.
    let home = packages
        .iter()
        .find(|p| !p.country.trim().is_empty())
        .map(|p| Home::of(p, table))
        .unwrap_or_default();
    let columns = compensation::compare(&packages, &home, table, this_year, choice.horizon_years);
    Compared {
        jobs,
        names,
        packages,
        home,
        columns,
    }
}

/// A row of the table: its label, a text per column, and the best columns.
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    pub best: Vec<usize>,
}

/// The comparison as text: what the view shows below the grid, and what the exports
/// write.
pub struct Table {
    pub names: Vec<String>,
    pub rows: Vec<Row>,
    /// What the totals leave out, and why a figure is missing.
    pub notes: Vec<String>,
    /// Which is worth the most, and why; `None` with fewer than two totals.
    pub summary: Option<String>,
}

fn money(i18n: &Localizer, amount: f64, currency: &str) -> String {
    format::money(i18n.language(), amount.round(), currency)
}

/// An amount at home prices: exact where nothing was converted, else rounded to what a
/// purchasing-power estimate supports ([`ppp::round_estimate`]).
fn at_home_money(i18n: &Localizer, amount: f64, converted: bool, currency: &str) -> String {
    if converted {
        format::money(i18n.language(), ppp::round_estimate(amount), currency)
    } else {
        money(i18n, amount, currency)
    }
}

fn converted(home: &AtHome) -> bool {
    home.basis != Basis::SameCountry
}

pub(super) fn percent(i18n: &Localizer, share: f32) -> String {
    format!(
        "{} %",
        format::decimal(i18n.language(), f64::from(share) * 100.0, 0)
    )
}

/// Build the table of `compared` for the interface language.
#[must_use]
pub fn table(cx: PanelContext<'_>, workspace: &Workspace, compared: &Compared) -> Table {
    let i18n = cx.i18n;
    let none = || i18n.tr("compare-not-given");
    let mut rows = Vec::new();
    let cases: Vec<Option<&crate::domain::Case>> = compared
        .jobs
        .iter()
        .map(|job| match job {
            Job::Current => None,
            Job::Case(id) => workspace.case(*id),
        })
        .collect();
    let mut push =
        |label: String, cells: Vec<String>, values: Option<(Vec<Option<f64>>, Better)>| {
            let best = values.map_or_else(Vec::new, |(v, better)| compensation::best(&v, better));
            rows.push(Row { label, cells, best });
        };

    // The decision first: verdict and fit of each offer.
    let assessments: Vec<_> = cases
        .iter()
        .map(|c| c.map(|c| checklist::assess(&c.checklist)))
        .collect();
    push(
        i18n.tr("compare-row-verdict"),
        assessments
            .iter()
            .map(|a| match a {
                Some(a) => i18n.tr(a.verdict.message_id()),
                None => i18n.tr("compare-reference"),
            })
            .collect(),
        None,
    );
    let fits: Vec<Option<f32>> = assessments
        .iter()
        .map(|a| a.as_ref().and_then(|a| a.fit))
        .collect();
    push(
        i18n.tr("compare-row-fit"),
        fits.iter()
            .map(|f| f.map_or_else(none, |f| percent(i18n, f)))
            .collect(),
        Some((
            fits.iter().map(|f| f.map(f64::from)).collect(),
            Better::Higher,
        )),
    );

    // The pay, part by part, in each job's own currency.
    for part in Part::ALL {
        let values: Vec<Option<f64>> = compared
            .columns
            .iter()
            .map(|c| {
                c.annual
                    .as_ref()
                    .ok()
                    .and_then(|a| a.parts.iter().find(|(p, _)| *p == part).map(|(_, v)| *v))
            })
            .collect();
        if values.iter().all(Option::is_none) {
            continue;
        }
        let cells = values
            .iter()
            .zip(&compared.columns)
            .map(|(v, c)| v.map_or_else(none, |v| money(i18n, v, &c.currency)))
            .collect();
        push(capitalized(&i18n.tr(part.message_id())), cells, None);
    }
    push(
        i18n.tr("compare-row-total"),
        compared
            .columns
            .iter()
            .map(|c| {
                c.annual
                    .as_ref()
                    .map_or_else(|_| none(), |a| money(i18n, a.total, &c.currency))
            })
            .collect(),
        None,
    );
    let at_home: Vec<Option<&AtHome>> = compared
        .columns
        .iter()
        .map(|c| c.at_home.as_ref().ok())
        .collect();
    let home_currency = &compared.home.currency;
    push(
        i18n.tr("compare-row-total-home"),
        at_home
            .iter()
            .map(|h| {
                h.map_or_else(none, |h| {
                    at_home_money(i18n, h.total, converted(h), home_currency)
                })
            })
            .collect(),
        Some((
            at_home.iter().map(|h| h.map(|h| h.total)).collect(),
            Better::Higher,
        )),
    );
    let nets: Vec<Option<f64>> = at_home.iter().map(|h| h.and_then(|h| h.net)).collect();
    if nets.iter().any(Option::is_some) {
        push(
            i18n.tr("compare-row-net-home"),
            at_home
                .iter()
                .map(|h| match h {
                    Some(h) => h.net.map_or_else(none, |n| {
                        at_home_money(i18n, n, converted(h), home_currency)
                    }),
                    None => none(),
                })
                .collect(),
            Some((nets.clone(), Better::Higher)),
        );
    }
    push(
        i18n.tr("compare-row-basis"),
        at_home
            .iter()
            .map(|h| match h.map(|h| h.basis) {
                Some(Basis::SameCountry) => i18n.tr("compare-basis-same"),
                Some(Basis::Ppp {
                    job: ppp::FactorSource::Data { year, .. },
                    ..
                }) => {
                    let mut args = FluentArgs::new();
                    args.set("year", i64::from(year));
                    i18n.tr_args("compare-basis-data", &args)
                }
                Some(Basis::Ppp {
                    job: ppp::FactorSource::Override,
                    ..
                }) => i18n.tr("compare-basis-override"),
                None => none(),
            })
            .collect(),
        None,
    );

    // Time: leave, notice, start, the answer due.
    let leave: Vec<Option<(f64, f64, &str)>> = compared
        .columns
        .iter()
        .map(|c| {
            c.annual
                .as_ref()
                .ok()
                .and_then(|a| a.leave)
                .map(|l| (l.days, l.worth, c.currency.as_str()))
        })
        .collect();
    if leave.iter().any(Option::is_some) {
        push(
            i18n.tr("compare-row-leave"),
            leave
                .iter()
                .map(|l| {
                    l.map_or_else(none, |(days, worth, currency)| {
                        let mut args = FluentArgs::new();
                        // A number, so that the language's plural forms apply.
                        args.set("days", days);
                        args.set("amount", money(i18n, worth, currency));
                        i18n.tr_args("compare-leave-value", &args)
                    })
                })
                .collect(),
            Some((
                leave.iter().map(|l| l.map(|l| l.0)).collect(),
                Better::Higher,
            )),
        );
    }
    let notice: Vec<Option<f64>> = compared
        .packages
        .iter()
        .map(|p| ppp::parse_amount(&p.notice_weeks))
        .collect();
    if notice.iter().any(Option::is_some) {
        push(
            i18n.tr("compare-row-notice"),
            notice
                .iter()
                .map(|w| {
                    w.map_or_else(none, |w| {
                        let mut args = FluentArgs::new();
                        args.set("weeks", w);
                        i18n.tr_args("compare-notice-weeks", &args)
                    })
                })
                .collect(),
            // Not marked: a short notice is freedom to leave and less security alike.
            None,
        );
    }
    let date = |text: &str| {
        text.trim()
            .parse::<jiff::civil::Date>()
            .ok()
            .map_or_else(none, |d| format::short_date(i18n.language(), d))
    };
    if compared
        .packages
        .iter()
        .any(|p| !p.earliest_start.trim().is_empty())
    {
        push(
            i18n.tr("compare-row-start"),
            compared
                .packages
                .iter()
                .map(|p| date(&p.earliest_start))
                .collect(),
            None,
        );
    }
    push(
        i18n.tr("compare-row-deadline"),
        cases
            .iter()
            .map(|c| c.map_or_else(none, |c| date(&c.reply_by)))
            .collect(),
        None,
    );

    // The move.
    let summaries: Vec<Option<mobility::Summary>> = cases
        .iter()
        .map(|c| {
            c.filter(|c| c.mobility.moving_abroad)
                .map(|c| mobility::summarize(&c.mobility, cx.today()))
        })
        .collect();
    if summaries.iter().any(Option::is_some) {
        let scores: Vec<Option<f64>> = summaries
            .iter()
            .map(|s| s.as_ref().and_then(|s| s.score).map(f64::from))
            .collect();
        push(
            i18n.tr("compare-row-mobility"),
            summaries
                .iter()
                .zip(&cases)
                .map(|(s, case)| match (s, case) {
                    (Some(s), _) => s.score.map_or_else(none, |v| percent(i18n, v)),
                    (None, Some(_)) => i18n.tr("compare-not-moving"),
                    (None, None) => none(),
                })
                .collect(),
            Some((scores, Better::Higher)),
        );
        push(
            i18n.tr("compare-row-traps"),
            summaries
                .iter()
                .zip(&cases)
                .map(|(s, case)| match (s, case) {
                    (Some(s), _) if s.traps.is_empty() => i18n.tr("compare-no-traps"),
                    (Some(s), _) => s.traps.len().to_string(),
                    (None, Some(_)) => i18n.tr("compare-not-moving"),
                    (None, None) => none(),
                })
                .collect(),
            Some((
                summaries
                    .iter()
                    .map(|s| s.as_ref().map(|s| s.traps.len() as f64))
                    .collect(),
                Better::Lower,
            )),
        );
    }

    Table {
        names: compared.names.clone(),
        rows,
        notes: notes(i18n, compared),
        summary: summary(i18n, compared),
    }
}

/// The first letter in upper case (a part's name opens a row).
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// What each total leaves out, and why a figure is missing.
fn notes(i18n: &Localizer, compared: &Compared) -> Vec<String> {
    let language = i18n.language();
    let mut out = Vec::new();
    let mut any_net = false;
    for (name, column) in compared.names.iter().zip(&compared.columns) {
        let mut args = FluentArgs::new();
        args.set("job", name.as_str());
        match &column.annual {
            Ok(annual) => {
                any_net |= annual.net.is_some();
                for note in &annual.notes {
                    let mut args = FluentArgs::new();
                    args.set("job", name.as_str());
                    let id = match note {
                        Note::EquityPrivate => "compare-note-equity-private",
                        Note::CliffAfterHorizon { cliff_months } => {
                            args.set("months", *cliff_months);
                            "compare-note-cliff"
                        }
                        Note::RepayableAfterHorizon { part, months } => {
                            args.set("part", i18n.tr(part.message_id()));
                            args.set("months", *months);
                            "compare-note-repayable"
                        }
                        Note::BonusAmountUsed => "compare-note-bonus-amount",
                    };
                    out.push(i18n.tr_args(id, &args));
                }
            }
            Err(NoTotal::NoBase) => out.push(i18n.tr_args("compare-note-no-base", &args)),
            Err(NoTotal::NotANumber(field)) => {
                args.set("field", i18n.tr(field.message_id()));
                out.push(i18n.tr_args("compare-note-not-a-number", &args));
            }
        }
        match &column.at_home {
            Ok(_) | Err(NotAtHome::NoTotal(_)) => {}
            Err(NotAtHome::NoCountry) => out.push(i18n.tr_args("compare-note-no-country", &args)),
            Err(NotAtHome::NoFactor { country }) => {
                args.set(
                    "country",
                    format::region_in_text(language, country).unwrap_or_else(|| country.clone()),
                );
                out.push(i18n.tr_args("compare-note-no-factor", &args));
            }
            Err(NotAtHome::CurrencyMismatch { country, expected }) => {
                args.set(
                    "country",
                    format::region_in_text(language, country).unwrap_or_else(|| country.clone()),
                );
                args.set("currency", expected.as_str());
                out.push(i18n.tr_args("compare-note-currency", &args));
            }
        }
    }
    // Where prices were converted: each country's factor, with its series and year
    // (home first), as the mobility sheet says them.
    let mut sources: Vec<(String, ppp::FactorSource)> = Vec::new();
    for (package, column) in compared.packages.iter().zip(&compared.columns) {
        if let Ok(AtHome {
            basis: Basis::Ppp { job, home },
            ..
        }) = &column.at_home
        {
            for (country, source) in [
                (compared.home.country.clone(), *home),
                (package.country.trim().to_uppercase(), *job),
            ] {
                if !sources.iter().any(|(c, _)| *c == country) {
                    sources.push((country, source));
                }
            }
        }
    }
    for (country, source) in sources {
        let mut args = FluentArgs::new();
        args.set(
            "country",
            format::region_in_text(language, &country).unwrap_or_else(|| country.clone()),
        );
        out.push(match source {
            ppp::FactorSource::Data { series, year } => {
                args.set("series", i18n.tr(series.message_id()));
                args.set("year", i64::from(year));
                i18n.tr_args("ppp-source-data", &args)
            }
            ppp::FactorSource::Override => i18n.tr_args("ppp-source-override", &args),
        });
    }
    if any_net {
        out.push(i18n.tr("compare-note-tax"));
    }
    out
}

/// Which job is worth the most at home prices, by how much over the next, and the part
/// that makes most of the difference.
fn summary(i18n: &Localizer, compared: &Compared) -> Option<String> {
    let mut known: Vec<(usize, &AtHome)> = compared
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.at_home.as_ref().ok().map(|h| (i, h)))
        .collect();
    if known.len() < 2 {
        return None;
    }
    known.sort_by(|a, b| b.1.total.total_cmp(&a.1.total));
    let ((top, first), (next, second)) = (known[0], known[1]);
    let currency = &compared.home.currency;
    let mut args = FluentArgs::new();
    args.set(
        "country",
        format::region_in_text(i18n.language(), &compared.home.country)
            .unwrap_or_else(|| compared.home.country.clone()),
    );
    // Inside a sentence the current job is named in running text ("your current job").
    let in_text = |i: usize| match compared.jobs[i] {
        Job::Current => i18n.tr("compare-current-job-in-text"),
        Job::Case(_) => compared.names[i].clone(),
    };
    args.set("job", in_text(top));
    args.set("second", in_text(next));
    let any_converted = converted(first) || converted(second);
    args.set(
        "amount",
        at_home_money(i18n, first.total, converted(first), currency),
    );
    args.set(
        "difference",
        at_home_money(i18n, first.total - second.total, any_converted, currency),
    );
    let mut text = i18n.tr_args("compare-summary", &args);
    // The part that differs most between the two.
    let part_of = |h: &AtHome, part: Part| {
        h.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(0.0, |(_, v)| *v)
    };
    if let Some(part) = Part::ALL
        .into_iter()
        .max_by(|a, b| {
            let d = |p| (part_of(first, p) - part_of(second, p)).abs();
            d(*a).total_cmp(&d(*b))
        })
        .filter(|p| (part_of(first, *p) - part_of(second, *p)).abs() > 0.0)
    {
        let mut args = FluentArgs::new();
        args.set("part", i18n.tr(part.message_id()));
        text = format!(
            "{text}{}{}",
            sentence_gap(i18n),
            i18n.tr_args("compare-summary-why", &args)
        );
    }
    // After tax the order can change: say which leaves the most.
    let nets: Vec<Option<f64>> = compared
        .columns
        .iter()
        .map(|c| c.at_home.as_ref().ok().and_then(|h| h.net))
        .collect();
    if let [best_net] = compensation::best(&nets, Better::Higher)[..]
        && best_net != top
    {
        let mut args = FluentArgs::new();
        args.set("job", in_text(best_net));
        text = format!(
            "{text}{}{}",
            sentence_gap(i18n),
            i18n.tr_args("compare-summary-net", &args)
        );
    }
    Some(text)
}

/// What separates two sentences: nothing in Japanese and Chinese (their full stop is
/// wide), a space elsewhere.
fn sentence_gap(i18n: &Localizer) -> &'static str {
    if matches!(i18n.language().language.as_str(), "ja" | "zh") {
        ""
    } else {
        " "
    }
}

/// The table as CSV: a heading row of the jobs, a row per figure, then the notes.
#[must_use]
pub fn to_csv(i18n: &Localizer, table: &Table) -> String {
    let mut header = vec![String::new()];
    header.extend(table.names.iter().cloned());
    let mut rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.label.clone()];
            cells.extend(cells_with_best(i18n, row));
            cells
        })
        .collect();
    for line in table.summary.iter().chain(&table.notes) {
        rows.push(vec![line.clone()]);
    }
    crate::store::csv::to_csv(&header, &rows)
}

/// The table as plain text to print or paste: each row, then each job's figure under it
/// (readable in any script, with no column alignment to break).
#[must_use]
pub fn to_text(
    cx: PanelContext<'_>,
    workspace: &Workspace,
    compared: &Compared,
    table: &Table,
) -> String {
    let i18n = cx.i18n;
    let mut args = FluentArgs::new();
    args.set("date", format::short_date(i18n.language(), cx.today()));
    let mut out = format!("{}\n", i18n.tr_args("compare-text-title", &args));
    let mut args = FluentArgs::new();
    args.set(
        "country",
        format::region_in_text(i18n.language(), &compared.home.country)
            .unwrap_or_else(|| compared.home.country.clone()),
    );
    args.set("years", workspace.comparison.horizon_years);
    out.push_str(&i18n.tr_args("compare-text-basis", &args));
    out.push_str("\n\n");
    if let Some(summary) = &table.summary {
        out.push_str(summary);
        out.push_str("\n\n");
    }
    for row in &table.rows {
        out.push_str(&row.label);
        out.push('\n');
        for (name, cell) in table.names.iter().zip(cells_with_best(i18n, row)) {
            let mut args = FluentArgs::new();
            args.set("job", name.as_str());
            args.set("value", cell);
            let _ = writeln!(out, "  {}", i18n.tr_args("compare-text-cell", &args));
        }
    }
    if !table.notes.is_empty() {
        out.push('\n');
        for note in &table.notes {
            let _ = writeln!(out, "• {note}");
        }
    }
    out
}

/// The cells of a row, the best ones marked in words.
pub(super) fn cells_with_best(i18n: &Localizer, row: &Row) -> Vec<String> {
    row.cells
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            if row.best.contains(&i) {
                let mut args = FluentArgs::new();
                args.set("value", cell.as_str());
                i18n.tr_args("compare-best", &args)
            } else {
                cell.clone()
            }
        })
        .collect()
}
