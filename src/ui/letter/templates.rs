//! The user's own templates: save, customise a built-in, restore, rename, duplicate,
//! delete, import and export. Every change to the list is a [`Command`], carried out by
//! the workspace's template operations.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;

use crate::command::{Command, FileTask};
use crate::domain::template::CustomTemplate;
use crate::domain::{Case, TemplateId};
use crate::i18n::Localizer;
use crate::ui::labelled_text_field;

use super::EditorState;

/// The "My templates" section under the letter.
pub(super) fn templates_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    case: &mut Case,
    templates: &[CustomTemplate],
    i18n: &Localizer,
    language: &LanguageIdentifier,
    cmds: &mut Vec<Command>,
) {
    let tag = language.to_string();
    egui::CollapsingHeader::new(i18n.tr("templates-title"))
        .id_salt("my-templates")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                labelled_text_field(
                    ui,
                    &i18n.tr("templates-name"),
                    &mut state.new_template_name,
                    220.0,
                );
                if ui.button(i18n.tr("templates-save-new")).clicked() {
                    let name = state.new_template_name.trim().to_owned();
                    cmds.push(Command::SaveTemplate {
                        name,
                        version_of_builtin: false,
                    });
                    state.new_template_name.clear();
                }
            });
            if case.draft.custom.is_none() {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(i18n.tr("templates-save-version")).clicked() {
                        cmds.push(Command::SaveTemplate {
                            name: i18n.tr(&case.draft.scenario.name_id()),
                            version_of_builtin: true,
                        });
                    }
                    let overridden = templates
                        .iter()
                        .any(|t| t.overrides(case.draft.scenario, &tag));
                    if overridden && ui.button(i18n.tr("templates-restore")).clicked() {
                        cmds.push(Command::RestoreBuiltin);
                    }
                });
            }
            ui.separator();
            let mine: Vec<(TemplateId, String)> = templates
                .iter()
                .filter(|t| t.is_own())
                .map(|t| (t.id, t.name.clone()))
                .collect();
            if mine.is_empty() {
                ui.label(egui::RichText::new(i18n.tr("templates-none")).weak());
            }
            for (id, name) in mine {
                let mut args = FluentArgs::new();
                args.set("name", name.as_str());
                ui.horizontal_wrapped(|ui| {
                    let mut edited = name.clone();
                    if ui
                        .add(
                            egui::TextEdit::singleline(&mut edited)
                                .id_salt(("template-name", id.0))
                                .desired_width(200.0),
                        )
                        .accessible_name(i18n.tr_args("templates-rename", &args))
                        .changed()
                    {
                        cmds.push(Command::RenameTemplate(id, edited));
                    }
                    if ui
                        .button(i18n.tr("templates-use-short"))
                        .accessible_name(i18n.tr_args("templates-use", &args))
                        .clicked()
                    {
                        case.draft.custom = Some(id);
                    }
                    if ui
                        .button(i18n.tr("cases-duplicate"))
                        .accessible_name(i18n.tr_args("templates-duplicate", &args))
                        .clicked()
                    {
                        cmds.push(Command::DuplicateTemplate(id));
                    }
                    if state.confirm_delete == Some(id) {
                        if ui
                            .button(i18n.tr("templates-confirm-delete"))
                            .accessible_name(i18n.tr_args("templates-delete", &args))
                            .clicked()
                        {
                            cmds.push(Command::DeleteTemplate(id));
                            state.confirm_delete = None;
                        }
                    } else if ui
                        .button(i18n.tr("cases-delete"))
                        .accessible_name(i18n.tr_args("templates-delete", &args))
                        .clicked()
                    {
                        state.confirm_delete = Some(id);
                    }
                });
            }
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                if ui.button(i18n.tr("templates-import")).clicked() {
                    cmds.push(Command::File(FileTask::ImportTemplates));
                }
                if ui.button(i18n.tr("templates-export")).clicked() {
                    cmds.push(Command::File(FileTask::ExportTemplates));
                }
            });
        });
}
