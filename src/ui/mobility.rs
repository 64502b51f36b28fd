//! The mobility factor sheet: countries, purchasing power of the pay, visa timing, the
//! factors rated and weighted, the summary with its traps, and the 12–24 month view.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::Command;
use crate::data;
use crate::domain::mobility::{self, Factor, MobilitySheet, Rating, VisaTiming, YesNo};
use crate::domain::ppp::{self, FactorSource, NoComparison};
use crate::domain::{Case, Profile};
use crate::i18n::{Localizer, format};

use super::{PanelContext, bullet, choice_row, date_field, heading, labelled_choice_row, theme};

/// Country names in the interface language, sorted, kept between frames.
#[derive(Default)]
pub struct MobilityState {
    names: Option<(LanguageIdentifier, Vec<(String, String)>)>,
    /// The search texts of the country lists: three here, five in the comparison.
    filter: [String; 8],
}

impl MobilityState {
    /// `(code, name)` of every country, sorted by name in `language`.
    fn names(&mut self, language: &LanguageIdentifier) -> &[(String, String)] {
        if self.names.as_ref().is_none_or(|(l, _)| l != language) {
            let mut names: Vec<(String, String)> = data::ppp_table()
                .countries()
                .iter()
                .map(|c| {
                    let name =
                        format::region_name(language, &c.code).unwrap_or_else(|| c.code.clone());
                    (c.code.clone(), name)
                })
                .collect();
            names.sort_by_key(|(_, name)| name.to_lowercase());
            self.names = Some((language.clone(), names));
        }
        self.names.as_ref().map_or(&[], |(_, n)| n.as_slice())
    }
}

/// The mobility sheet panel, for an offer that means moving abroad.
pub fn mobility_ui(
    ui: &mut egui::Ui,
    cx: PanelContext<'_>,
    state: &mut MobilityState,
    case: &mut Case,
    profile: &mut Profile,
    cmds: &mut Vec<Command>,
) {
    let (i18n, today) = (cx.i18n, cx.today());
    heading(ui, &i18n.tr("mobility-title"));
    ui.label(i18n.tr("mobility-intro"));
    ui.add_space(6.0);
    let sheet = &mut case.mobility;
    ui.checkbox(&mut sheet.moving_abroad, i18n.tr("mobility-moving-abroad"));
    if !sheet.moving_abroad {
        ui.label(egui::RichText::new(i18n.tr("mobility-not-moving")).weak());
        return;
    }
    ui.add_space(6.0);
    countries_ui(ui, state, sheet, profile, i18n);
    ui.add_space(6.0);
    pay_ui(ui, sheet, i18n, today, cmds);
    ui.add_space(8.0);
    visa_ui(ui, sheet, &profile.citizenships, i18n, today);
    ui.add_space(8.0);
    for factor in Factor::ALL {
        // No visa needed: the visa factor is not asked.
        if factor == Factor::Visa && sheet.visa_free {
            continue;
        }
        factor_ui(ui, sheet, i18n, factor);
    }
    ui.add_space(8.0);
    summary_ui(ui, sheet, i18n, today);
}

fn countries_ui(
    ui: &mut egui::Ui,
    state: &mut MobilityState,
    sheet: &mut MobilitySheet,
    profile: &mut Profile,
    i18n: &Localizer,
) {
    let language = i18n.language().clone();
    for (index, (label_id, value)) in [
        ("mobility-current-country", &mut sheet.current_country),
        (
            "mobility-destination-country",
            &mut sheet.destination_country,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr(label_id));
            let selected = if value.is_empty() {
                i18n.tr("mobility-choose-country")
            } else {
                format::region_name(&language, value).unwrap_or_else(|| value.clone())
            };
            country_combo(ui, state, index, label_id, selected, value, i18n, 260.0)
                .labelled_by(label.id);
        });
    }
    // Whether a visa is needed depends on citizenship, kept once in the profile.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("mobility-citizenship"));
        let mut remove = None;
        for (at, code) in profile.citizenships.iter().enumerate() {
            let name = format::region_name(&language, code).unwrap_or_else(|| code.clone());
            let mut args = FluentArgs::new();
            args.set(
                "country",
                format::region_in_text(&language, code).unwrap_or_else(|| code.clone()),
            );
            if ui
                .button(format!("{name} ✖"))
                .on_hover_text(i18n.tr_args("mobility-citizenship-remove", &args))
                .accessible_name(i18n.tr_args("mobility-citizenship-remove", &args))
                .clicked()
            {
                remove = Some(at);
            }
        }
        if let Some(at) = remove {
            profile.citizenships.remove(at);
        }
        let mut added = String::new();
        let add = i18n.tr("mobility-citizenship-add");
        country_combo(
            ui,
            state,
            2,
            "mobility-citizenship",
            add,
            &mut added,
            i18n,
            260.0,
        )
        .labelled_by(label.id);
        if !added.is_empty() && !profile.citizenships.contains(&added) {
            profile.citizenships.push(added);
        }
    });
}

/// A searchable list of countries (`index` keeps its search text apart from the other
/// lists'), `width` wide; picking one sets `value` to its code.
#[allow(clippy::too_many_arguments)]
pub(super) fn country_combo(
    ui: &mut egui::Ui,
    state: &mut MobilityState,
    index: usize,
    id_salt: &str,
    selected: String,
    value: &mut String,
    i18n: &Localizer,
    width: f32,
) -> egui::Response {
    let language = i18n.language().clone();
    let mut filter = std::mem::take(&mut state.filter[index]);
    let names = state.names(&language);
    let before = value.clone();
    let response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .width(width)
        .height(320.0)
        .show_ui(ui, |ui| {
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut filter)
                        .hint_text(i18n.tr("mobility-search-country")),
                )
                .accessible_name(i18n.tr("mobility-search-country"));
            let typing = search.has_focus() || search.lost_focus();
            search.request_focus();
            let found = mobility::search_countries(names, &filter);
            // Enter takes the best match.
            if typing
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && let Some((code, _)) = found.first()
            {
                value.clone_from(code);
                ui.close();
            }
            for (code, name) in found {
                ui.selectable_value(value, code.clone(), name);
            }
        })
        .response;
    // A pick starts the next search afresh.
    if *value != before {
        filter.clear();
    }
    state.filter[index] = filter;
    response
}

fn pay_ui(
    ui: &mut egui::Ui,
    sheet: &mut MobilitySheet,
    i18n: &Localizer,
    today: jiff::civil::Date,
    cmds: &mut Vec<Command>,
) {
    heading(ui, &i18n.tr("ppp-title"));
    ui.label(egui::RichText::new(i18n.tr("ppp-intro")).weak());
    let table = data::ppp_table();
    egui::Grid::new("pay-grid")
        .num_columns(5)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for id in ["ppp-amount", "ppp-currency", "ppp-tax", "ppp-override"] {
                ui.label(egui::RichText::new(i18n.tr(id)).strong());
            }
            ui.end_row();
            for (row_id, country, pay) in [
                (
                    "ppp-current-pay",
                    &sheet.current_country,
                    &mut sheet.current_pay,
                ),
                (
                    "ppp-offered-pay",
                    &sheet.destination_country,
                    &mut sheet.offered_pay,
                ),
            ] {
                let row = i18n.tr(row_id);
                ui.label(&row);
                let name = |id: &str| {
                    let mut args = FluentArgs::new();
                    args.set("group", row.as_str());
                    args.set("choice", i18n.tr(id));
                    i18n.tr_args("choice-accessible-name", &args)
                };
                ui.add_sized([120.0, 20.0], egui::TextEdit::singleline(&mut pay.amount))
                    .accessible_name(name("ppp-amount"));
                let hint = table
                    .country(country)
                    .map(|c| c.currency.clone())
                    .unwrap_or_default();
                // The country's currency as a hint, in italics, so it does not pass for a
                // value typed.
                ui.add_sized(
                    [56.0, 20.0],
                    egui::TextEdit::singleline(&mut pay.currency)
                        .hint_text(egui::RichText::new(hint).italics()),
                )
                .accessible_name(name("ppp-currency"));
                ui.add_sized(
                    [56.0, 20.0],
                    egui::TextEdit::singleline(&mut pay.tax_percent).hint_text("%"),
                )
                .accessible_name(name("ppp-tax"));
                ui.add_sized(
                    [110.0, 20.0],
                    egui::TextEdit::singleline(&mut pay.factor_override)
                        .hint_text(i18n.tr("ppp-override-hint")),
                )
                .accessible_name(name("ppp-override"));
                ui.end_row();
            }
        });

    let this_year = today.year();
    let language = i18n.language();
    match sheet.pay_comparison(table, this_year) {
        Ok(c) => {
            let home = sheet.current_pay.currency_in(table, &sheet.current_country);
            // Amounts and changes rounded to what the estimate supports.
            let amount = |a: f64| format::money(language, ppp::round_estimate(a), &home);
            let colour = |ui: &egui::Ui, change: f64| {
                if mobility::is_pay_cut(change) {
                    theme::warn(ui)
                } else {
                    theme::good(ui)
                }
            };
            let country =
                format::region_in_text(language, &sheet.current_country).unwrap_or_default();
            if let Some((net, change)) = c.net {
                // Both tax rates given: what the user keeps leads, the gross beside it.
                let mut args = FluentArgs::new();
                args.set("amount", amount(net));
                args.set("country", country.as_str());
                args.set("change", signed(language, change));
                let text = i18n.tr_args("ppp-worth-net", &args);
                ui.label(egui::RichText::new(text).strong().color(colour(ui, change)));
                let mut args = FluentArgs::new();
                args.set("amount", amount(c.offered_in_current_prices));
                args.set("change", signed(language, c.change_percent));
                ui.label(egui::RichText::new(i18n.tr_args("ppp-gross-beside", &args)).weak());
            } else {
                let mut args = FluentArgs::new();
                args.set("amount", amount(c.offered_in_current_prices));
                args.set("country", country.as_str());
                ui.label(egui::RichText::new(i18n.tr_args("ppp-worth", &args)).strong());
                let mut args = FluentArgs::new();
                args.set("change", signed(language, c.change_percent));
                let change_colour = colour(ui, c.change_percent);
                ui.colored_label(change_colour, i18n.tr_args("ppp-change", &args));
            }
            for (country, side, pay) in [
                (&sheet.current_country, c.current, &sheet.current_pay),
                (&sheet.destination_country, c.offered, &sheet.offered_pay),
            ] {
                let mut args = FluentArgs::new();
                args.set(
                    "country",
                    format::region_in_text(language, country).unwrap_or_default(),
                );
                args.set("factor", format::decimal(language, side.factor, 2));
                args.set("currency", pay.currency_in(table, country));
                let text = match side.source {
                    FactorSource::Data { series, year } => {
                        args.set("series", i18n.tr(series.message_id()));
                        args.set("year", i64::from(year));
                        i18n.tr_args("ppp-source-data", &args)
                    }
                    FactorSource::Override => i18n.tr_args("ppp-source-override", &args),
                };
                // The factor itself, in plain words, for those who want it.
                ui.label(egui::RichText::new(text).weak())
                    .on_hover_text(i18n.tr_args("ppp-factor-explained", &args));
                if side.unreliable {
                    let mut args = FluentArgs::new();
                    args.set(
                        "country",
                        format::region_in_text(language, country).unwrap_or_default(),
                    );
                    ui.colored_label(
                        theme::warn(ui),
                        format!("⚠ {}", i18n.tr_args("ppp-unreliable", &args)),
                    );
                }
            }
            ui.label(egui::RichText::new(i18n.tr("ppp-national")).weak());
        }
        Err(NoComparison::Incomplete) => {
            ui.label(egui::RichText::new(i18n.tr("ppp-incomplete")).weak());
        }
        Err(NoComparison::NotPositive) => {
            ui.colored_label(theme::error(ui), i18n.tr("ppp-not-positive"));
        }
        Err(NoComparison::NoData { country }) => {
            let mut args = FluentArgs::new();
            args.set(
                "country",
                format::region_in_text(language, &country).unwrap_or(country),
            );
            ui.colored_label(
                theme::warn(ui),
                format!("⚠ {}", i18n.tr_args("ppp-no-data", &args)),
            );
        }
        Err(NoComparison::CurrencyMismatch { country, expected }) => {
            let mut args = FluentArgs::new();
            args.set(
                "country",
                format::region_in_text(language, &country).unwrap_or(country),
            );
            args.set("currency", expected);
            ui.colored_label(
                theme::warn(ui),
                format!("⚠ {}", i18n.tr_args("ppp-currency-mismatch", &args)),
            );
        }
    }
    if ui.button(i18n.tr("ppp-sources")).clicked() {
        cmds.push(Command::OpenWindow(super::Window::About));
    }
}

/// "+9,9 %" with the locale's decimal mark and an explicit sign.
/// A change in whole percent with its sign: the estimate supports no more.
fn signed(language: &LanguageIdentifier, percent: f64) -> String {
    let sign = if percent >= 0.0 { "+" } else { "−" };
    format!("{sign}{}", format::decimal(language, percent.abs(), 0))
}

fn visa_ui(
    ui: &mut egui::Ui,
    sheet: &mut MobilitySheet,
    citizenships: &[String],
    i18n: &Localizer,
    today: jiff::civil::Date,
) {
    heading(ui, &i18n.tr("visa-title"));
    if let Some((citizenship, area)) =
        mobility::free_movement::free_movement(citizenships, &sheet.destination_country)
    {
        // No visa questions: say why, and that the partner's case is their own.
        let language = i18n.language();
        let mut args = FluentArgs::new();
        args.set(
            "citizenship",
            format::region_in_text(language, &citizenship).unwrap_or(citizenship),
        );
        args.set(
            "country",
            format::region_in_text(language, &sheet.destination_country).unwrap_or_default(),
        );
        ui.colored_label(theme::good(ui), i18n.tr_args(area.message_id(), &args));
        ui.label(egui::RichText::new(i18n.tr("visa-partner-note")).weak());
        ui.horizontal_wrapped(|ui| {
            date_field(ui, i18n, &i18n.tr("visa-start-date"), &mut sheet.start_date);
        });
        prestige_ui(ui, sheet, i18n);
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("visa-processing-weeks"));
        ui.add(egui::TextEdit::singleline(&mut sheet.visa_processing_weeks).desired_width(50.0))
            .labelled_by(label.id);
        ui.add_space(8.0);
        date_field(ui, i18n, &i18n.tr("visa-start-date"), &mut sheet.start_date);
    });
    match mobility::visa_timing(sheet, today) {
        Some(VisaTiming::InTime { spare_weeks }) => {
            let mut args = FluentArgs::new();
            args.set("weeks", spare_weeks);
            ui.colored_label(theme::good(ui), i18n.tr_args("visa-in-time", &args));
        }
        Some(VisaTiming::Late { weeks }) => {
            let mut args = FluentArgs::new();
            args.set("weeks", weeks);
            ui.colored_label(
                theme::warn(ui),
                format!("⚠ {}", i18n.tr_args("visa-late", &args)),
            );
        }
        None => {
            ui.label(egui::RichText::new(i18n.tr("visa-unknown")).weak());
        }
    }
    prestige_ui(ui, sheet, i18n);
}

fn prestige_ui(ui: &mut egui::Ui, sheet: &mut MobilitySheet, i18n: &Localizer) {
    ui.horizontal_wrapped(|ui| {
        labelled_choice_row(
            ui,
            i18n,
            "mobility-prestige",
            &mut sheet.prestige_pull,
            &YesNo::CHOICES,
            YesNo::message_id,
        );
    });
}

fn factor_ui(ui: &mut egui::Ui, sheet: &mut MobilitySheet, i18n: &Localizer, factor: Factor) {
    let name = i18n.tr(factor.message_id());
    let mut args = FluentArgs::new();
    args.set("factor", name.as_str());
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(&name).strong());
        ui.label(egui::RichText::new(i18n.tr(&format!("{}-help", factor.message_id()))).weak());
        let entry = &mut sheet.factors[factor.index()];
        ui.horizontal_wrapped(|ui| {
            choice_row(
                ui,
                i18n,
                &name,
                &mut entry.rating,
                factor.ratings(),
                Rating::message_id,
            );
            ui.add_space(12.0);
            ui.label(i18n.tr("checklist-weight"));
            ui.add(egui::Slider::new(&mut entry.weight, 1..=5).show_value(false))
                .accessible_name(i18n.tr_args("mobility-weight-name", &args));
            ui.label(entry.weight.to_string());
        });
        ui.add(
            egui::TextEdit::singleline(&mut entry.note)
                .hint_text(i18n.tr("mobility-note-hint"))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(i18n.tr_args("mobility-note-name", &args));
    });
}

fn summary_ui(
    ui: &mut egui::Ui,
    sheet: &mut MobilitySheet,
    i18n: &Localizer,
    today: jiff::civil::Date,
) {
    let summary = mobility::summarize(sheet, today);
    heading(ui, &i18n.tr("mobility-summary"));
    let list = |factors: &[Factor]| {
        if factors.is_empty() {
            i18n.tr("mobility-none")
        } else {
            i18n.join(factors.iter().map(|f| i18n.tr(f.message_id())))
        }
    };
    summary_line(
        ui,
        &i18n.tr("mobility-strengths"),
        &list(&summary.strengths),
        theme::good(ui),
    );
    summary_line(
        ui,
        &i18n.tr("mobility-risks"),
        &list(&summary.risks),
        theme::warn(ui),
    );
    summary_line(
        ui,
        &i18n.tr("mobility-unknowns"),
        &list(&summary.unknowns),
        ui.visuals().text_color(),
    );
    if let Some(score) = summary.score {
        let mut args = FluentArgs::new();
        // The score is in 0..=1, so the rounded percentage fits an i64 exactly.
        #[allow(clippy::cast_possible_truncation)]
        args.set("percent", (score * 100.0).round() as i64);
        ui.label(i18n.tr_args("mobility-score", &args));
    }
    if !summary.traps.is_empty() {
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(format!("⚠ {}", i18n.tr("mobility-traps")))
                .strong()
                .color(theme::warn(ui)),
        );
        for trap in &summary.traps {
            bullet(ui, &i18n.tr(trap.message_id()));
        }
    }
    ui.add_space(8.0);
    heading(ui, &i18n.tr("mobility-horizon"));
    for (id, value) in [
        ("mobility-toward-place", &mut sheet.toward_place),
        ("mobility-builds-skills", &mut sheet.builds_skills),
    ] {
        ui.horizontal_wrapped(|ui| {
            labelled_choice_row(ui, i18n, id, value, &YesNo::CHOICES, YesNo::message_id);
        });
    }
    if mobility::horizon_is_a_warning(sheet) {
        ui.colored_label(
            theme::warn(ui),
            format!("⚠ {}", i18n.tr("mobility-horizon-warning")),
        );
    }
}

fn summary_line(ui: &mut egui::Ui, label: &str, value: &str, colour: egui::Color32) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(label).strong().color(colour));
        ui.label(value);
    });
}
