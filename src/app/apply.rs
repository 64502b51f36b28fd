//! Carrying out the [`Command`]s of a frame, in one place: navigation and settings,
//! opportunities, the user's templates, and the letter leaving the app (clipboard, mail
//! client). File tasks are in `file_tasks.rs`.

use fluent_bundle::FluentArgs;

use crate::command::Command;
use crate::domain::checklist::PreSendItem;
use crate::domain::template::Scenario;
use crate::domain::{letter, message, progress};
use crate::i18n;
use crate::ui::cases;
use crate::ui::letter::CopiedPart;
use crate::ui::notices::Feedback;
use crate::ui::{Tab, letter as letter_ui, theme};

use super::{App, Copied};

impl App {
    /// Carry out one command.
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // Any command may change what is due: counted again on the next frame.
        self.due.0 = None;
        match command {
            Command::CopyLetter => self.copy_letter(),
            Command::OpenInMailClient => self.open_in_mail_client(),
            Command::SaveTemplate {
                name,
                version_of_builtin,
            } => self.save_template(name, version_of_builtin),
            Command::RestoreBuiltin => {
                let (language, scenario) = self.letter_language_and_scenario();
                self.workspace
                    .remove_override(scenario, &language.to_string());
                self.refresh_current_draft(true);
            }
            Command::RenameTemplate(id, name) => self.workspace.rename_template(id, name),
            Command::DuplicateTemplate(id) => {
                if let Some(original) = self.workspace.template(id) {
                    let mut args = FluentArgs::new();
                    args.set("name", original.name.clone());
                    let name = self.i18n.tr_args("templates-copy-name", &args);
                    self.workspace.duplicate_template(id, name);
                }
            }
            Command::DeleteTemplate(id) => self.workspace.delete_template(id),
            Command::MarkSent => {
                let today = self.now().date();
                progress::mark_sent(self.workspace.current_case_mut(), today);
            }
            Command::MarkStepDone(step) => {
                self.workspace.current_case_mut().timeline.done.insert(step);
            }
            Command::OpenExample => {
                let today = self.now().date();
                self.workspace.add_example(today);
                self.tab = Tab::Checklist;
            }
            Command::DismissWelcome => {
                self.workspace.settings.welcome_dismissed = true;
                self.tab = Tab::Checklist;
            }
            Command::SetLanguage(language) => {
                self.workspace.settings.ui_language = language.as_ref().map(ToString::to_string);
                self.i18n
                    .set_language(&language.unwrap_or_else(i18n::system_language));
                self.fonts.install(ctx, self.i18n.language());
                self.feedback = None;
            }
            Command::SetTheme(choice) => {
                self.workspace.settings.theme = choice;
                theme::apply(ctx, choice);
            }
            Command::OpenTab(tab) => self.tab = tab,
            Command::ResetDraft => {
                self.keep_edited_draft_for_undo();
                self.refresh_current_draft(true);
            }
            Command::UndoReset => {
                if let Some((id, subject, body)) = self.reset_undo.take()
                    && self.workspace.current_id == id
                {
                    let draft = &mut self.workspace.current_case_mut().draft;
                    draft.subject = subject;
                    draft.body = body;
                    self.feedback = None;
                }
            }
            Command::CopySubject => self.copy_subject(),
            Command::DraftKept => {
                self.feedback = Some(Feedback::Info(self.i18n.tr("status-draft-kept")));
            }
            Command::OpenTemplate(scenario) => {
                let case = self.workspace.current_case_mut();
                let edited = case.draft.is_edited();
                // The scenario asked for, not an own template chosen earlier; written to
                // the opportunity's contact.
                letter::choose_scenario(case, scenario);
                case.draft.addressee = None;
                self.tab = Tab::Letter;
                if edited {
                    self.feedback = Some(Feedback::Info(self.i18n.tr("status-draft-kept")));
                }
            }
            Command::SelectCase(id) => {
                self.workspace.select(id);
                // An opportunity picked from the list is shown with its panels.
                self.comparing = false;
            }
            Command::OpenComparison => self.comparing = true,
            Command::CloseComparison => self.comparing = false,
            Command::NewCase => {
                self.workspace.new_case();
                self.tab = Tab::Checklist;
            }
            Command::DuplicateCase(id) => {
                self.workspace.duplicate(id);
            }
            Command::ToggleArchive(id) => self.workspace.toggle_archive(id),
            Command::DeleteCase(id) => {
                if let Some((index, case)) = self.workspace.delete(id) {
                    let mut args = FluentArgs::new();
                    args.set("title", cases::case_title(&case, &self.i18n));
                    self.feedback =
                        Some(Feedback::Info(self.i18n.tr_args("status-deleted", &args)));
                    self.deleted.push((index, case));
                }
            }
            Command::UndoDelete => {
                if let Some((index, case)) = self.deleted.pop() {
                    self.workspace.restore(index, case);
                    self.feedback = None;
                }
            }
            Command::OpenWindow(window) => self.windows.open(window),
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            // Quitting goes through eframe's close, so `on_exit` saves what was typed.
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::File(task) => self.start_file_task(ctx, task),
            Command::AcceptOffer(id) => {
                let declined = self.workspace.accept_offer(id);
                let title = |id| {
                    self.workspace
                        .case(id)
                        .map(|c| cases::case_title(c, &self.i18n))
                        .unwrap_or_default()
                };
                let mut args = FluentArgs::new();
                args.set("job", title(id));
                let others: Vec<String> = declined.iter().map(|id| title(*id)).collect();
                args.set("others", others.join(", "));
                self.feedback = Some(Feedback::Info(self.i18n.tr_args("compare-accepted", &args)));
                // The first letter to send, on screen.
                if let Some(first) = declined.first() {
                    self.workspace.select(*first);
                    self.tab = Tab::Letter;
                    self.comparing = false;
                }
            }
            Command::RecordReply(reply) => {
                let improved = reply.kind == crate::domain::followup::ReplyKind::ImprovedOffer;
                self.workspace.current_case_mut().record_reply(reply);
                // The letter it answers is kept in the reply: the answer replaces it.
                self.refresh_current_draft(true);
                if improved {
                    self.tab = Tab::Checklist;
                    self.feedback = Some(Feedback::Info(self.i18n.tr("status-reply-improved")));
                } else {
                    self.tab = Tab::Letter;
                    self.feedback = Some(Feedback::Info(self.i18n.tr("status-reply-recorded")));
                }
            }
            Command::DismissDue(case, source, day) => {
                self.announced.insert((case, source, day));
            }
            Command::ShowFollowUp(id) => {
                self.workspace.select(id);
                self.comparing = false;
                self.tab = Tab::FollowUp;
            }
            Command::AddPromise => {
                self.workspace.current_case_mut().followup.add_promise();
            }
            Command::RemovePromise(id) => {
                self.workspace
                    .current_case_mut()
                    .followup
                    .remove_promise(id);
            }
            Command::AddPerson => {
                self.workspace.current_case_mut().followup.add_person();
            }
            Command::RemovePerson(id) => {
                let case = self.workspace.current_case_mut();
                case.followup.remove_person(id);
                if case.draft.addressee == Some(id) {
                    case.draft.addressee = None;
                }
            }
            Command::WriteToPerson(id) => {
                self.keep_edited_draft_for_undo();
                let case = self.workspace.current_case_mut();
                case.draft.addressee = Some(id);
                letter::choose_scenario(case, crate::domain::template::Scenario::StayConnected);
                self.refresh_current_draft(true);
                self.tab = Tab::Letter;
            }
            Command::AddToDictionary(word) => {
                let words = &mut self.workspace.profile.dictionary;
                if !words
                    .iter()
                    .any(|w| w.to_lowercase() == word.to_lowercase())
                {
                    words.push(word);
                }
            }
            Command::ReplaceInBody {
                start,
                end,
                was,
                with,
            } => {
                let case = self.workspace.current_case_mut();
                if case.draft.body.get(start..end) == Some(was.as_str()) {
                    case.draft.body.replace_range(start..end, &with);
                }
            }
        }
    }

    /// The current letter's language and scenario.
    pub(super) fn letter_language_and_scenario(
        &self,
    ) -> (
        unic_langid::LanguageIdentifier,
        crate::domain::template::Scenario,
    ) {
        self.workspace.current_case().map_or_else(
            || (self.i18n.language().clone(), Scenario::default()),
            |case| {
                (
                    i18n::letter::language(&self.i18n, case, &self.workspace.profile),
                    case.draft.scenario,
                )
            },
        )
    }

    /// Bring the current draft up to date, so that its placeholders are known even when
    /// the editor has not been shown yet; `force` regenerates an edited draft too.
    pub(super) fn refresh_current_draft(&mut self, force: bool) {
        let now = self.now();
        letter::follow_case(self.workspace.current_case_mut());
        let (case, profile, templates) = self.workspace.current_case_with_context();
        letter_ui::refresh_draft(
            &mut self.editor,
            case,
            profile,
            templates,
            &self.i18n,
            &now,
            force,
        );
    }

    /// The current letter as it leaves the app, or the message saying which placeholders
    /// must be filled first (`refused_id` names the message).
    pub(super) fn outgoing_letter(&mut self, refused_id: &str) -> Result<(String, String), String> {
        self.refresh_current_draft(false);
        let Some(case) = self.workspace.current_case() else {
            return Err(String::new());
        };
        let text = case.draft.plain_text();
        let unfilled = crate::domain::template::unfilled(&text, self.editor.markers());
        if !unfilled.is_empty() {
            let mut args = FluentArgs::new();
            args.set("placeholders", self.i18n.join(&unfilled));
            return Err(self.i18n.tr_args(refused_id, &args));
        }
        Ok((
            message::clean_text(&case.draft.subject),
            message::clean_text(&case.draft.body),
        ))
    }

    /// Copy the letter's body (the subject goes into the mail's own field: pasting it
    /// into the body would add it there), as rich and plain text.
    fn copy_letter(&mut self) {
        let (_, text) = match self.outgoing_letter("editor-copy-refused") {
            Ok(letter) => letter,
            Err(refusal) => {
                self.feedback = Some(Feedback::Error(refusal));
                return;
            }
        };
        self.remember_copy(CopiedPart::Body);
        let seen = self.pre_send_seen();
        let html = message::to_html(&text);
        let open_items = self.workspace.current_case().map_or(0, |c| {
            PreSendItem::ALL.len() - c.checklist.pre_send_done(seen)
        });
        let done = if open_items > 0 {
            let mut args = FluentArgs::new();
            args.set("open", open_items);
            self.i18n.tr_args("status-copied-presend-open", &args)
        } else {
            self.i18n.tr("status-copied")
        };
        let result = self.clipboard.set_html(&html, &text);
        self.handed_over(result, done, "status-copy-failed");
    }

    /// Copy the subject on its own, as plain text.
    fn copy_subject(&mut self) {
        let (subject, _) = match self.outgoing_letter("editor-copy-refused") {
            Ok(letter) => letter,
            Err(refusal) => {
                self.feedback = Some(Feedback::Error(refusal));
                return;
            }
        };
        match self.clipboard.set_text(&subject) {
            Ok(()) => self.remember_copy(CopiedPart::Subject),
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("error", e);
                self.feedback = Some(Feedback::Error(
                    self.i18n.tr_args("status-copy-failed", &args),
                ));
            }
        }
    }

    /// Remember what was copied of the current letter, to confirm it beside its button.
    fn remember_copy(&mut self, part: CopiedPart) {
        if let Some(case) = self.workspace.current_case() {
            let text = match part {
                CopiedPart::Body => case.draft.body.clone(),
                CopiedPart::Subject => case.draft.subject.clone(),
            };
            self.copied = Some(Copied {
                case: case.id,
                part,
                text,
            });
        }
    }

    /// What of the current letter is on the clipboard as it stands now.
    pub(super) fn copied_part(&self) -> Option<CopiedPart> {
        let copied = self.copied.as_ref()?;
        let case = self.workspace.current_case()?;
        let now = match copied.part {
            CopiedPart::Body => &case.draft.body,
            CopiedPart::Subject => &case.draft.subject,
        };
        (copied.case == case.id && *now == copied.text).then_some(copied.part)
    }

    fn open_in_mail_client(&mut self) {
        let (subject, body) = match self.outgoing_letter("editor-export-refused") {
            Ok(letter) => letter,
            Err(refusal) => {
                self.feedback = Some(Feedback::Error(refusal));
                return;
            }
        };
        let to = self
            .workspace
            .current_case()
            .map(|c| c.contact_email.clone())
            .unwrap_or_default();
        let url = message::mailto(&to, &subject, &body);
        let result = (self.open_url)(&url);
        let done = self.i18n.tr("editor-mail-opened");
        self.handed_over(result, done, "editor-mail-failed");
    }

    /// The outcome of handing the letter over (clipboard, mail client): on success it
    /// has left the app, so the timeline's draft step is done, and `done` says so; a
    /// failure is told with the message `failed_id`.
    fn handed_over(&mut self, result: Result<(), String>, done: String, failed_id: &str) {
        self.feedback = Some(match result {
            Ok(()) => {
                progress::letter_handed_over(self.workspace.current_case_mut());
                Feedback::Info(done)
            }
            Err(e) => {
                let mut args = FluentArgs::new();
                args.set("error", e);
                Feedback::Error(self.i18n.tr_args(failed_id, &args))
            }
        });
    }

    /// Save the current letter as a template (see [`letter::to_template`]).
    fn save_template(&mut self, name: String, version_of_builtin: bool) {
        let now = self.now();
        let profile = &self.workspace.profile;
        let Some(case) = self.workspace.current_case() else {
            return;
        };
        let language = i18n::letter::language(&self.i18n, case, profile);
        let fields = i18n::letter::fields(&self.i18n, case, profile, &language, &now);
        let name = if name.trim().is_empty() {
            cases::case_title(case, &self.i18n)
        } else {
            name
        };
        let base = version_of_builtin.then_some(case.draft.scenario);
        let template = letter::to_template(
            &case.draft,
            &fields,
            name.clone(),
            base,
            language.to_string(),
        );
        if version_of_builtin {
            self.workspace.save_override(template);
        } else {
            let id = self.workspace.add_template(template);
            self.workspace.current_case_mut().draft.custom = Some(id);
        }
        let mut args = FluentArgs::new();
        args.set("name", name);
        self.feedback = Some(Feedback::Info(self.i18n.tr_args("templates-saved", &args)));
    }
}

impl App {
    /// The draft is about to be regenerated: an edited one can be brought back with
    /// "Undo" (one step, subject and body together).
    fn keep_edited_draft_for_undo(&mut self) {
        if let Some(case) = self.workspace.current_case()
            && case.draft.is_edited()
        {
            self.reset_undo = Some((case.id, case.draft.subject.clone(), case.draft.body.clone()));
            self.feedback = Some(Feedback::Info(self.i18n.tr("status-reset")));
        }
    }
}
