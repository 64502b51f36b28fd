//! The comparison of offers: the current job and up to four opportunities side by side.
//! Every part of the pay is typed in one grid; below it, the year of each at home prices
//! with the best figure of each row said in words, what the total leaves out, the
//! verdict, fit and mobility of each, and two charts with the table above them as their
//! text. The figures come from `domain::compensation`; the same table is what the CSV
//! and text exports write.

use std::fmt::Write as _;

use fluent_bundle::FluentArgs;

use crate::command::{Command, FileTask};
use crate::data;
use crate::domain::compensation::{
    self, AtHome, Basis, Better, Column, Field, Home, MAX_COMPARED, NoTotal, NotAtHome, Note,
    Package, Part,
};
use crate::domain::{CaseId, Stage, Workspace, checklist, mobility, ppp};
use crate::i18n::{Localizer, format};

use super::mobility::{MobilityState, country_combo};
use super::{PanelContext, cases::case_title, heading, theme};

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

/// What the comparison is made from, to notice when it must be made again.
#[derive(Clone, PartialEq)]
struct Inputs {
    language: unic_langid::LanguageIdentifier,
    today: jiff::civil::Date,
    choice: crate::domain::workspace::ComparisonChoice,
    current_job: Package,
    cases: Vec<crate::domain::Case>,
}

impl Inputs {
    fn of(cx: PanelContext<'_>, workspace: &Workspace) -> Self {
        Self {
            language: cx.i18n.language().clone(),
            today: cx.today(),
            choice: workspace.comparison.clone(),
            current_job: workspace.current_job_package(),
            cases: workspace
                .comparison
                .cases
                .iter()
                .filter_map(|id| workspace.case(*id))
                .cloned()
                .collect(),
        }
    }
}

/// The comparison kept between frames: it is made again only when what it is made
/// from changes (a frame with four offers would otherwise format every figure anew).
#[derive(Default)]
pub struct CompareState {
    cache: Option<(Inputs, std::rc::Rc<(Compared, Table)>)>,
    /// Whose pay the grid shows.
    editing: Option<Job>,
}

impl CompareState {
    /// The comparison of what `workspace` holds now, and its table.
    fn get(
        &mut self,
        cx: PanelContext<'_>,
        workspace: &Workspace,
    ) -> std::rc::Rc<(Compared, Table)> {
        let inputs = Inputs::of(cx, workspace);
        if let Some((cached, made)) = &self.cache
            && *cached == inputs
        {
            return std::rc::Rc::clone(made);
        }
        let compared = gather(workspace, cx.i18n, cx.today().year());
        let table = table(cx, workspace, &compared);
        let made = std::rc::Rc::new((compared, table));
        self.cache = Some((inputs, std::rc::Rc::clone(&made)));
        made
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

fn percent(i18n: &Localizer, share: f32) -> String {
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
fn capitalized(text: &str) -> String {
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
fn cells_with_best(i18n: &Localizer, row: &Row) -> Vec<String> {
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

/// The comparison, in place of the opportunity's panels (it is about several of
/// them): its title with a button back to the panels, then everything below it.
pub fn compare_view(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    (state, cache): (&mut MobilityState, &mut CompareState),
    workspace: &mut Workspace,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    ui.horizontal(|ui| {
        ui.heading(i18n.tr("compare-title"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(i18n.tr("compare-close")).clicked() {
                cmds.push(Command::CloseComparison);
            }
        });
    });
    ui.add_space(4.0);
    egui::ScrollArea::both()
        .id_salt("compare")
        .auto_shrink([false, false])
        .show(ui, |ui| compare_ui(ui, cx, (state, cache), workspace, cmds));
}

/// What the view shows.
fn compare_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    (state, cache): (&mut MobilityState, &mut CompareState),
    workspace: &mut Workspace,
    cmds: &mut Vec<Command>,
) {
    let i18n = cx.i18n;
    // The view's width: text wraps there, while the grids may be wider and scroll.
    let width = ui.available_width();
    let narrow = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
        ui.scope(|ui| {
            ui.set_max_width(width);
            add(ui);
        });
    };
    ui.label(i18n.tr("compare-intro"));
    ui.add_space(6.0);
    narrow(ui, &mut |ui| choose_ui(ui, i18n, workspace));
    ui.add_space(8.0);

    let made = cache.get(cx, workspace);
    let compared = &made.0;
    if compared.jobs.len() < 2 {
        ui.label(egui::RichText::new(i18n.tr("compare-empty")).weak());
        return;
    }
    heading(ui, &i18n.tr("compare-packages"));
    narrow(ui, &mut |ui| {
        ui.label(egui::RichText::new(i18n.tr("compare-packages-intro")).weak());
    });
    ui.add_space(4.0);
    packages_ui(ui, i18n, (state, &mut cache.editing), workspace, compared);
    ui.add_space(10.0);

    // Typing above may have changed the packages: compare what is there now.
    let made = cache.get(cx, workspace);
    let (compared, table) = (&made.0, &made.1);
    heading(ui, &i18n.tr("compare-results"));
    narrow(ui, &mut |ui| match &table.summary {
        Some(summary) => {
            ui.label(egui::RichText::new(summary).strong());
        }
        None => {
            ui.label(egui::RichText::new(i18n.tr("compare-summary-none")).weak());
        }
    });
    ui.add_space(4.0);
    results_ui(ui, i18n, table, width);
    narrow(ui, &mut |ui| {
        for note in &table.notes {
            super::bullet(ui, note);
        }
        ui.add_space(8.0);
        accept_ui(ui, i18n, workspace, compared, cmds);
        ui.add_space(8.0);
        charts_ui(ui, i18n, workspace, compared);
    });
    ui.add_space(8.0);
    // Its own id scope: the charts above allocate a varying number of ids.
    ui.push_id("compare-exports", |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button(i18n.tr("compare-export-csv")).clicked() {
                cmds.push(Command::File(FileTask::ExportComparisonCsv));
            }
            if ui.button(i18n.tr("compare-export-text")).clicked() {
                cmds.push(Command::File(FileTask::ExportComparisonText));
            }
        });
    });
    // Room below the last buttons, clear of the horizontal scroll bar.
    ui.add_space(24.0);
}

/// Which jobs to compare, and over how many years.
fn choose_ui(ui: &mut egui::Ui, i18n: &Localizer, workspace: &mut Workspace) {
    let titles: Vec<(CaseId, String)> = workspace
        .sorted_ids()
        .into_iter()
        .filter_map(|id| workspace.case(id))
        // The opportunities still open, and those already chosen: a long job search
        // would otherwise list hundreds that were settled long ago.
        .filter(|c| c.status.is_open() || workspace.comparison.cases.contains(&c.id))
        .map(|c| (c.id, case_title(c, i18n)))
        .collect();
    let choice = &mut workspace.comparison;
    choice
        .cases
        .retain(|id| titles.iter().any(|(known, _)| known == id));
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(i18n.tr("compare-choose")).strong());
        ui.checkbox(&mut choice.current_job, i18n.tr("compare-current-job"));
        let full = choice.cases.len() >= MAX_COMPARED;
        for (id, title) in titles {
            let mut on = choice.cases.contains(&id);
            let mut args = FluentArgs::new();
            args.set("max", MAX_COMPARED);
            let response = ui
                .add_enabled(on || !full, egui::Checkbox::new(&mut on, title))
                .on_disabled_hover_text(i18n.tr_args("compare-too-many", &args));
            if response.changed() {
                if on {
                    choice.cases.push(id);
                } else {
                    choice.cases.retain(|c| *c != id);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("compare-horizon"));
        let mut args = FluentArgs::new();
        args.set("years", choice.horizon_years);
        let years = i18n.tr_args("compare-horizon-years", &args);
        ui.add(
            egui::Slider::new(
                &mut choice.horizon_years,
                1..=compensation::MAX_HORIZON_YEARS,
            )
            .custom_formatter(move |_, _| years.clone()),
        )
        .labelled_by(label.id)
        .on_hover_text(i18n.tr("compare-horizon-help"));
    });
}

/// The grid of every part of the pay, a column per job.
fn packages_ui(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    (state, editing): (&mut MobilityState, &mut Option<Job>),
    workspace: &mut Workspace,
    compared: &Compared,
) {
    // One job at a time: the one picked here (the table below shows them all side by
    // side). A job not picked yet: the first without a base pay, else the first.
    if editing.is_none_or(|job| !compared.jobs.contains(&job)) {
        *editing = compared
            .packages
            .iter()
            .position(|p| p.base.trim().is_empty())
            .or(Some(0))
            .and_then(|i| compared.jobs.get(i).copied());
    }
    let section = i18n.tr("compare-packages");
    ui.horizontal_wrapped(|ui| {
        for (job, name) in compared.jobs.iter().zip(&compared.names) {
            let selected = *editing == Some(*job);
            if ui
                .selectable_label(selected, name)
                .accessible_name(format!("{section}: {name}"))
                .clicked()
            {
                *editing = Some(*job);
            }
        }
    });
    ui.add_space(4.0);
    let Some(column) = editing.and_then(|job| compared.jobs.iter().position(|j| *j == job)) else {
        return;
    };
    let name = &compared.names[column];
    let shown = &compared.packages[column];
    let Some(package) = package_mut(workspace, compared.jobs[column]) else {
        return;
    };
    egui::Grid::new("compare-packages")
        .striped(true)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for field in Field::ALL {
                let label = i18n.tr(field.message_id());
                ui.label(&label);
                let accessible = format!("{label} — {name}");
                field_ui(ui, i18n, state, column, field, package, shown, &accessible);
                ui.end_row();
                if field == Field::EquityCliffMonths {
                    let label = i18n.tr("compare-equity-private");
                    ui.label(&label);
                    ui.checkbox(&mut package.equity_private, "")
                        .accessible_name(format!("{label} — {name}"));
                    ui.end_row();
                }
            }
        });
}

/// The package a column edits.
fn package_mut(workspace: &mut Workspace, job: Job) -> Option<&mut Package> {
    match job {
        Job::Current => Some(&mut workspace.current_job),
        Job::Case(id) => workspace.case_mut(id).map(|c| &mut c.package),
    }
}

/// One field of one job: the typed value, with what the mobility sheet supplies as the
/// hint while it is empty.
#[allow(clippy::too_many_arguments)]
fn field_ui(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    state: &mut MobilityState,
    column: usize,
    field: Field,
    package: &mut Package,
    shown: &Package,
    name: &str,
) {
    match field {
        Field::Country => {
            let code = if package.country.trim().is_empty() {
                shown.country.clone()
            } else {
                package.country.clone()
            };
            let selected = format::region_name(i18n.language(), &code).unwrap_or(code);
            country_combo(
                ui,
                state,
                3 + column,
                &format!("compare-country-{column}"),
                selected,
                &mut package.country,
                i18n,
                150.0,
            )
            .accessible_name(name);
        }
        Field::EarliestStart => {
            let today = super::date_picker::today(ui.ctx());
            super::date_picker::date_picker_cell(
                ui,
                i18n,
                name,
                &mut package.earliest_start,
                today,
            );
        }
        _ => {
            let hint = shown_hint(field, package, shown);
            let value = field.get_mut(package);
            let bad =
                field.is_number() && !value.trim().is_empty() && ppp::parse_amount(value).is_none();
            let mut edit = egui::TextEdit::singleline(value)
                .desired_width(if field == Field::Currency {
                    56.0
                } else {
                    100.0
                })
                .hint_text(hint);
            if bad {
                edit = edit.text_color(theme::error(ui));
            }
            ui.add(edit).accessible_name(name);
        }
    }
}

/// What the sheet supplies for an empty field, shown grey in it.
fn shown_hint(field: Field, package: &Package, shown: &Package) -> String {
    if field.get(package).trim().is_empty() {
        field.get(shown).clone()
    } else {
        String::new()
    }
}

/// The table of results, the best figure of each row marked in words.
fn results_ui(ui: &mut egui::Ui, i18n: &Localizer, table: &Table, width: f32) {
    // The columns share the view's width, the longer texts wrapping within them, so
    // that three or four jobs fit without scrolling sideways where they can.
    let columns = u16::try_from(table.names.len() + 1).unwrap_or(u16::MAX);
    let spacing = 14.0;
    let column = ((width - spacing * f32::from(columns)) / f32::from(columns)).clamp(110.0, 260.0);
    let cell = |ui: &mut egui::Ui, text: egui::RichText| {
        ui.add(egui::Label::new(text).wrap());
    };
    egui::Grid::new("compare-results")
        .striped(true)
        .spacing([spacing, 4.0])
        .max_col_width(column)
        .show(ui, |ui| {
            ui.label("");
            for name in &table.names {
                cell(ui, egui::RichText::new(name).strong());
            }
            ui.end_row();
            for row in &table.rows {
                cell(ui, egui::RichText::new(&row.label));
                for (i, text) in cells_with_best(i18n, row).into_iter().enumerate() {
                    if row.best.contains(&i) {
                        cell(
                            ui,
                            egui::RichText::new(text).strong().color(theme::good(ui)),
                        );
                    } else {
                        cell(ui, egui::RichText::new(text));
                    }
                }
                ui.end_row();
            }
        });
}

/// "Accept this offer" under each open offer: it is marked accepted, and the letters
/// of the other compared offers decline because another offer was accepted.
fn accept_ui(
    ui: &mut egui::Ui,
    i18n: &Localizer,
    workspace: &Workspace,
    compared: &Compared,
    cmds: &mut Vec<Command>,
) {
    let offers: Vec<(CaseId, &str)> = compared
        .jobs
        .iter()
        .zip(&compared.names)
        .filter_map(|(job, name)| match job {
            Job::Case(id) => workspace
                .case(*id)
                .filter(|c| c.stage == Stage::AfterOffer && c.status.is_open())
                .map(|c| (c.id, name.as_str())),
            Job::Current => None,
        })
        .collect();
    if offers.len() < 2 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for (id, name) in offers {
            let mut args = FluentArgs::new();
            args.set("job", name);
            if ui
                .button(format!("{} — {name}", i18n.tr("compare-accept")))
                .accessible_name(i18n.tr_args("compare-accept-name", &args))
                .clicked()
            {
                cmds.push(Command::AcceptOffer(id));
            }
        }
    });
}

/// The colour of a part in the chart, told apart in both themes.
fn part_colour(part: Part, dark: bool) -> egui::Color32 {
    let (light, dark_mode) = match part {
        Part::Base => ((45, 106, 179), (110, 160, 230)),
        Part::Bonus => ((204, 121, 30), (240, 170, 80)),
        Part::Equity => ((120, 80, 170), (180, 140, 230)),
        Part::SignOn => ((40, 140, 110), (90, 200, 160)),
        Part::Relocation => ((150, 150, 40), (210, 210, 100)),
        Part::Pension => ((170, 60, 90), (230, 120, 150)),
        Part::Benefits => ((90, 90, 90), (170, 170, 170)),
    };
    let (r, g, b) = if dark { dark_mode } else { light };
    egui::Color32::from_rgb(r, g, b)
}

/// A legend above a chart: a coloured square and the name of each series, as plain
/// labels (screen readers read them; a legend inside the plot would cover bars).
fn legend_ui(ui: &mut egui::Ui, entries: &[(String, egui::Color32)]) {
    ui.horizontal_wrapped(|ui| {
        for (name, colour) in entries {
            let size = egui::vec2(10.0, 10.0);
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, *colour);
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}

/// A bar of a chart: filled, outlined in the background colour so that stacked parts
/// stay apart, named for the hover text.
fn bar(x: f64, value: f64, base: f64, colour: egui::Color32, name: String) -> egui_plot::Bar {
    egui_plot::Bar::new(x, value)
        .base_offset(base)
        .width(0.55)
        .fill(colour)
        .stroke(egui::Stroke::new(1.0, colour.gamma_multiply(0.8)))
        .name(name)
}

/// A plot with a column per job named on its axis, no zooming or dragging: a picture
/// of the table above.
fn plot<'a>(id: &'a str, names: &[String], height: f32) -> egui_plot::Plot<'a> {
    let names = names.to_vec();
    let columns = names.len();
    egui_plot::Plot::new(id)
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .show_grid([false, true])
        .include_x(-0.5)
        .include_x(f64::from(u8::try_from(columns).unwrap_or(u8::MAX)) - 0.5)
        .include_y(0.0)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .x_axis_formatter(move |mark, _| {
            // Each column sits on a whole number: 0, 1, 2…
            names
                .iter()
                .zip(0_u8..)
                .find(|(_, i)| (f64::from(*i) - mark.value).abs() < 1e-6)
                .map(|(name, _)| name.clone())
                .unwrap_or_default()
        })
}

/// The charts: each job's year at home prices stacked by part, and the fit scores.
fn charts_ui(ui: &mut egui::Ui, i18n: &Localizer, workspace: &Workspace, compared: &Compared) {
    let dark = ui.visuals().dark_mode;
    let language = i18n.language().clone();
    let currency = compared.home.currency.clone();
    let money_of = |value: f64| format::money(&language, ppp::round_estimate(value), &currency);

    ui.label(egui::RichText::new(i18n.tr("compare-chart-total")).strong());
    let mut shown_parts = Vec::new();
    let mut bars = Vec::new();
    for (c, x) in compared.columns.iter().zip(0_u8..) {
        let Ok(home) = &c.at_home else { continue };
        let mut base = 0.0;
        for (part, value) in &home.parts {
            let name = capitalized(&i18n.tr(part.message_id()));
            bars.push(bar(
                f64::from(x),
                *value,
                base,
                part_colour(*part, dark),
                format!("{name}: {}", money_of(*value)),
            ));
            base += value;
            if !shown_parts.contains(part) {
                shown_parts.push(*part);
            }
        }
    }
    shown_parts.sort_by_key(|p| Part::ALL.iter().position(|q| q == p));
    let legend: Vec<(String, egui::Color32)> = shown_parts
        .iter()
        .map(|p| (capitalized(&i18n.tr(p.message_id())), part_colour(*p, dark)))
        .collect();
    legend_ui(ui, &legend);
    let chart = egui_plot::BarChart::new("compare-total", bars)
        .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let amounts_language = i18n.language().clone();
    let amounts_currency = compared.home.currency.clone();
    let response = plot("compare-chart-total", &compared.names, 240.0)
        .y_axis_formatter(move |mark, _| {
            format::money(
                &amounts_language,
                ppp::round_estimate(mark.value),
                &amounts_currency,
            )
        })
        .show(ui, |plot| plot.bar_chart(chart))
        .response;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, i18n.tr("compare-chart-alt"))
    });

    // The fit scores: the checklist's and the mobility sheet's, side by side.
    ui.add_space(6.0);
    ui.label(egui::RichText::new(i18n.tr("compare-chart-fit")).strong());
    let checklist_colour = part_colour(Part::Base, dark);
    let mobility_colour = part_colour(Part::SignOn, dark);
    let mut bars = Vec::new();
    let (mut any_fit, mut any_mobility) = (false, false);
    for (job, x) in compared.jobs.iter().zip(0_u8..) {
        let Job::Case(id) = job else { continue };
        let Some(case) = workspace.case(*id) else {
            continue;
        };
        let x = f64::from(x);
        if let Some(fit) = checklist::assess(&case.checklist).fit {
            let value = f64::from(fit) * 100.0;
            let name = format!(
                "{}: {}",
                i18n.tr("compare-chart-checklist"),
                percent(i18n, fit)
            );
            bars.push(bar(x - 0.15, value, 0.0, checklist_colour, name).width(0.28));
            any_fit = true;
        }
        if case.mobility.moving_abroad
            && let Some(score) = mobility::weighted_score(&case.mobility)
        {
            let value = f64::from(score) * 100.0;
            let name = format!(
                "{}: {}",
                i18n.tr("compare-chart-mobility"),
                percent(i18n, score)
            );
            bars.push(bar(x + 0.15, value, 0.0, mobility_colour, name).width(0.28));
            any_mobility = true;
        }
    }
    // The legend names only the series drawn.
    let mut legend = Vec::new();
    if any_fit {
        legend.push((i18n.tr("compare-chart-checklist"), checklist_colour));
    }
    if any_mobility {
        legend.push((i18n.tr("compare-chart-mobility"), mobility_colour));
    }
    legend_ui(ui, &legend);
    let chart = egui_plot::BarChart::new("compare-fit", bars)
        .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let response = plot("compare-chart-fit", &compared.names, 180.0)
        .include_y(100.0)
        .show(ui, |plot| plot.bar_chart(chart))
        .response;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, i18n.tr("compare-chart-alt"))
    });
}
