//! Panels tested alone: one panel drawn for one opportunity, without the app around it.
//! What a panel asks for comes back as [`Command`]s, which the test reads instead of
//! their effects.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gracious::Command;
use gracious::domain::Case;
use gracious::domain::template::Scenario;
use gracious::i18n::Localizer;
use gracious::i18n::fonts::Fonts;
use gracious::ui::{PanelContext, Window, channel, checklist};

use crate::common::{choice_name, test_now, tr};

const EN: &str = "en-US";

/// One opportunity and what its panel asked for.
struct PanelState {
    i18n: Localizer,
    now: jiff::ZonedDateTime,
    case: Case,
    commands: Vec<Command>,
}

type Draw = fn(&mut egui::Ui, PanelContext<'_>, &mut Case, &mut Vec<Command>);

fn panel_harness(draw: Draw, case: Case) -> Harness<'static, PanelState> {
    let state = PanelState {
        i18n: Localizer::new(&EN.parse().expect("tag")),
        now: test_now(),
        case,
        commands: Vec::new(),
    };
    Harness::builder()
        .with_size([900.0, 1600.0])
        // The app's fonts: the default ones lack some symbols the panels draw.
        .with_context_setup(|ctx| {
            Fonts::new(true).install(ctx, &EN.parse().expect("tag"));
        })
        .build_ui_state(
            move |ui, state: &mut PanelState| {
                let cx = PanelContext {
                    i18n: &state.i18n,
                    now: &state.now,
                };
                egui::ScrollArea::vertical().show(ui, |ui| {
                    draw(ui, cx, &mut state.case, &mut state.commands);
                });
            },
            state,
        )
}

#[test]
fn the_checklist_alone_offers_the_negotiation_letter_for_a_negotiable_blocker() {
    // Drawn alone (with its verdict bar), the panel has nothing seen done by the app.
    let mut harness = panel_harness(
        |ui, cx, case, cmds| {
            checklist::verdict_bar(ui, cx, case, cmds);
            checklist::checklist_ui(ui, cx, case, None, [false; 6], cmds);
        },
        Case::default(),
    );
    for (question, answer) in [
        ("checklist-q-career-goals", "answer-yes"),
        ("checklist-q-pay-after-costs", "answer-no"),
        ("checklist-q-growth", "answer-yes"),
        ("checklist-q-compromise", "answer-no"),
        ("checklist-q-culture-fit", "answer-yes"),
    ] {
        harness
            .get_by_label(&choice_name(EN, question, answer))
            .click();
        harness.run();
    }
    harness.get_by_label(&tr(EN, "verdict-negotiate-first"));
    harness
        .get_by_label(&tr(EN, "verdict-write-negotiate"))
        .click();
    harness.run();
    assert_eq!(
        harness.state().commands,
        vec![Command::OpenTemplate(Scenario::NegotiateInstead)]
    );
}

#[test]
fn the_channel_panel_alone_asks_for_the_call_script_window() {
    let mut case = Case::default();
    case.channel.chosen = Some(gracious::domain::channel::Channel::PhoneThenEmail);
    let mut harness = panel_harness(channel::channel_ui, case);
    harness
        .get_by_label(&tr(EN, "channel-open-call-script"))
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .commands
            .contains(&Command::OpenWindow(Window::CallMode)),
        "{:?}",
        harness.state().commands
    );
}
