//! Windows over the panels: About, the call script in large type, and the typed path
//! asked for when no system file dialog can be shown. (The profile window is in
//! `profile.rs`.)

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use crate::command::FileTask;
use crate::i18n::Localizer;

use super::theme;

/// About Gracious, and the sources of its data with the attribution their licences ask.
pub fn about_window(ctx: &egui::Context, i18n: &Localizer, open: &mut bool) {
    egui::Window::new(i18n.tr("about-title"))
        .id(egui::Id::unique("about"))
        .open(open)
        .default_width(620.0)
        .default_pos([240.0, 80.0])
        .show(ctx, |ui| {
            ui.label(i18n.tr("about-intro"));
            let mut args = FluentArgs::new();
            args.set("version", env!("CARGO_PKG_VERSION"));
            ui.label(egui::RichText::new(i18n.tr_args("about-version", &args)).weak());
            ui.add_space(6.0);
            ui.label(egui::RichText::new(i18n.tr("about-data")).strong());
            ui.label(i18n.tr("about-data-body"));
            ui.add_space(4.0);
            // The credit in the form the World Bank asks for, verbatim.
            for citation in crate::data::WORLD_BANK_CITATIONS {
                ui.label(egui::RichText::new(citation).small());
            }
        });
}

/// The call script of the current opportunity in large type, one paragraph a block.
pub fn call_mode_window(ctx: &egui::Context, i18n: &Localizer, open: &mut bool, script: &str) {
    // Tall enough for the whole script where the screen allows, and never taller.
    let height = (ctx.content_rect().height() - 120.0).clamp(240.0, 640.0);
    egui::Window::new(i18n.tr("call-mode-title"))
        .id(egui::Id::unique("call-mode"))
        .open(open)
        .default_width(640.0)
        .max_height(height)
        .default_pos([240.0, 60.0])
        .show(ctx, |ui| {
            ui.label(i18n.tr("call-mode-intro"));
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    // The script is read aloud: full contrast, large type.
                    let colour = ui.visuals().strong_text_color();
                    for paragraph in script.split("\n\n") {
                        ui.label(egui::RichText::new(paragraph).size(22.0).color(colour));
                        ui.add_space(10.0);
                    }
                    // Room below the last line, so that scrolling shows all of it.
                    ui.add_space(16.0);
                });
        });
}

/// A typed path, asked for when no system file dialog can be shown.
pub struct PathPrompt {
    pub task: FileTask,
    pub path: String,
    /// Why the last attempt failed (or that no dialog exists), shown above the field.
    pub error: Option<String>,
    /// The path field has had the keyboard focus once.
    focused: bool,
}

impl PathPrompt {
    /// Ask for the path of `task`, suggesting `path`.
    #[must_use]
    pub fn new(task: FileTask, path: String, error: Option<String>) -> Self {
        Self {
            task,
            path,
            error,
            focused: false,
        }
    }
}

/// What the user did with the path prompt in this frame.
#[derive(Debug, PartialEq, Eq)]
pub enum PromptAnswer {
    /// Nothing yet.
    Waiting,
    /// Go ahead with this path.
    Go(PathBuf),
    /// Closed or cancelled.
    Cancel,
}

/// The path prompt window.
pub fn path_prompt_window(
    ctx: &egui::Context,
    i18n: &Localizer,
    prompt: &mut PathPrompt,
) -> PromptAnswer {
    let mut open = true;
    let mut go = false;
    let mut cancel = false;
    let export = prompt.task.is_export();
    let title = i18n.tr(if export {
        "file-save-title"
    } else {
        "file-open-title"
    });
    egui::Window::new(title)
        .id(egui::Id::unique("path-prompt"))
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .default_pos([260.0, 120.0])
        .show(ctx, |ui| {
            if let Some(error) = &prompt.error {
                ui.colored_label(theme::warn(ui), error);
            }
            let label = ui.label(i18n.tr("file-path"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut prompt.path).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !prompt.focused {
                field.request_focus();
                prompt.focused = true;
            }
            go = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let action = i18n.tr(if export { "file-save" } else { "file-open" });
                go |= ui.button(action).clicked();
                cancel = ui.button(i18n.tr("file-cancel")).clicked();
            });
        });
    if go {
        PromptAnswer::Go(PathBuf::from(prompt.path.trim()))
    } else if cancel || !open {
        PromptAnswer::Cancel
    } else {
        PromptAnswer::Waiting
    }
}

/// Why quitting now would lose what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuitProblem {
    /// Saving failed, for this reason.
    SaveFailed(String),
    /// This window never saves (another one has the data open).
    ReadOnly,
}

/// What the user chose in the quit window.
#[derive(Debug, PartialEq, Eq)]
pub enum QuitAnswer {
    Waiting,
    Retry,
    Export,
    QuitAnyway,
    /// Closed: stay in the app.
    Stay,
}

/// The window shown when a close was asked for but what was typed is not saved: try
/// again, save everything to a file, or quit anyway, said plainly.
#[must_use]
pub fn quit_window(ctx: &egui::Context, i18n: &Localizer, problem: &QuitProblem) -> QuitAnswer {
    let mut open = true;
    let mut answer = QuitAnswer::Waiting;
    egui::Window::new(i18n.tr("quit-title"))
        .id(egui::Id::unique("quit"))
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .default_pos([260.0, 140.0])
        .show(ctx, |ui| {
            let text = match problem {
                QuitProblem::SaveFailed(error) => {
                    let mut args = FluentArgs::new();
                    args.set("error", error.as_str());
                    i18n.tr_args("quit-save-failed", &args)
                }
                QuitProblem::ReadOnly => i18n.tr("quit-read-only"),
            };
            ui.colored_label(theme::warn(ui), format!("⚠ {text}"));
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                if matches!(problem, QuitProblem::SaveFailed(_))
                    && ui.button(i18n.tr("quit-retry")).clicked()
                {
                    answer = QuitAnswer::Retry;
                }
                if ui.button(i18n.tr("quit-export")).clicked() {
                    answer = QuitAnswer::Export;
                }
                if ui.button(i18n.tr("quit-anyway")).clicked() {
                    answer = QuitAnswer::QuitAnyway;
                }
            });
        });
    if open { answer } else { QuitAnswer::Stay }
}
