//! The comparison of offers, drawn in place of the opportunity's panels: the current
//! job and up to four opportunities. Each job's pay is typed in a grid, one job at a
//! time; below it, the table of `table.rs` (the year of each at home prices with the
//! best figure of each row said in words, what the totals leave out, the verdict, fit
//! and mobility of each), and two charts with that table as their text. The figures
//! come from `domain::compensation`.

mod table;

use fluent_bundle::FluentArgs;

use crate::command::{Command, FileTask};
use crate::domain::compensation::{self, Field, MAX_COMPARED, Package, Part};
use crate::domain::{CaseId, Stage, Workspace, checklist, mobility, ppp};
use crate::i18n::{Localizer, format};

use super::mobility::{MobilityState, country_combo};
use super::{PanelContext, cases::case_title, heading, theme};

pub use table::{Compared, Job, Row, Table, gather, table, to_csv, to_text};
use table::{capitalized, cells_with_best, percent};

/// What the comparison is made from, to notice when it must be made again.
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

    /// Whether `workspace` still holds exactly these inputs (compared in place: this
    /// runs every frame, and copying the opportunities would cost each frame).
    fn still_hold(&self, cx: PanelContext<'_>, workspace: &Workspace) -> bool {
        let compared = workspace
            .comparison
            .cases
            .iter()
            .filter_map(|id| workspace.case(*id));
        self.language == *cx.i18n.language()
            && self.today == cx.today()
            && self.choice == workspace.comparison
            && self.cases.len() == compared.clone().count()
            && self
                .cases
                .iter()
                .zip(compared)
                .all(|(kept, now)| kept == now)
            && self.current_job == workspace.current_job_package()
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
        if let Some((inputs, made)) = &self.cache
            && inputs.still_hold(cx, workspace)
        {
            return std::rc::Rc::clone(made);
        }
        let inputs = Inputs::of(cx, workspace);
        let compared = gather(workspace, cx.i18n, cx.today().year());
        let table = table(cx, workspace, &compared);
        let made = std::rc::Rc::new((compared, table));
        self.cache = Some((inputs, std::rc::Rc::clone(&made)));
        made
    }
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

/// The grid of every part of the pay, for one job at a time (picked above it).
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
