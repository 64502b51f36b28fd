//! Which channel to decline through (docs/product.md §3): email by default, a call (then
//! an email recap) when the relationship or the stakes call for a voice.
//!
//! Rules ([`recommend`]):
//! - A voice is owed when the rapport with the hiring manager was close (whoever led
//!   the process), after
//!   [`MANY_ROUNDS`] or more rounds, when someone gave a lot of personal time, when the
//!   role meant close collaboration, or when relocation or a visa was on the table.
//!   Each of these is named as a reason.
//! - The call is a video call when the interviews were held by video, else a phone call;
//!   either way an email recap follows, for the record.
//! - Otherwise email: the reason says a recruiter ran a formal process, or that nothing
//!   calls for a voice.
//! - The user's own choice wins over the recommendation ([`effective`]).

use serde::{Deserialize, Serialize};

/// Who the user mainly dealt with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Contact {
    #[default]
    Recruiter,
    HiringManager,
}

impl Contact {
    pub const ALL: [Contact; 2] = [Contact::Recruiter, Contact::HiringManager];

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Contact::Recruiter => "channel-contact-recruiter",
            Contact::HiringManager => "channel-contact-hiring-manager",
        }
    }
}

/// Facts about the process that decide the channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
// Each bool is one independent yes/no fact the user answers; an enum would not fit.
#[allow(clippy::struct_excessive_bools)]
pub struct ChannelFacts {
    pub main_contact: Contact,
    /// The rapport with the hiring manager was close.
    pub close_rapport: bool,
    /// Number of interview rounds so far.
    pub interview_rounds: u32,
    /// Someone gave a lot of their personal time.
    pub personal_time_given: bool,
    /// The role needed close collaboration with the people met.
    pub close_collaboration: bool,
    /// Relocation or a visa was discussed or offered.
    pub relocation_or_visa_discussed: bool,
    /// The interviews were held by video.
    pub interviews_by_video: bool,
    /// The user's own choice, overriding the recommendation.
    pub chosen: Option<Channel>,
    /// The user set "relocation or a visa was discussed" themselves: it no longer
    /// follows the mobility sheet ([`ChannelFacts::follow_move`]).
    pub relocation_set: bool,
}

impl ChannelFacts {
    /// "Relocation or a visa was discussed" follows the mobility sheet's "this offer
    /// means moving" until the user sets it here: an offer that means a move has put
    /// relocation on the table. It is never cleared on its own, so nothing the user
    /// ticked is lost.
    pub fn follow_move(&mut self, moving: bool) {
        if moving && !self.relocation_set {
            self.relocation_or_visa_discussed = true;
        }
    }
}

impl Default for ChannelFacts {
    fn default() -> Self {
        Self {
            main_contact: Contact::Recruiter,
            close_rapport: false,
            interview_rounds: 1,
            personal_time_given: false,
            close_collaboration: false,
            relocation_or_visa_discussed: false,
            interviews_by_video: false,
            chosen: None,
            relocation_set: false,
        }
    }
}

/// From this many rounds on, a process counts as "many rounds".
pub const MANY_ROUNDS: u32 = 3;

/// A way to deliver the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    Email,
    PhoneThenEmail,
    VideoThenEmail,
}

impl Channel {
    pub const ALL: [Channel; 3] = [
        Channel::Email,
        Channel::PhoneThenEmail,
        Channel::VideoThenEmail,
    ];

    /// Whether the answer is given in a call (followed by an email recap).
    #[must_use]
    pub fn is_call(self) -> bool {
        self != Channel::Email
    }

    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Channel::Email => "channel-email",
            Channel::PhoneThenEmail => "channel-phone-then-email",
            Channel::VideoThenEmail => "channel-video-then-email",
        }
    }
}

/// Why a channel was recommended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChannelReason {
    /// Nothing calls for a voice: email keeps a record and respects everyone's time.
    EmailByDefault,
    /// The main contact was a recruiter in a formal process.
    RecruiterProcess,
    CloseRapport,
    ManyRounds,
    PersonalTime,
    CloseCollaboration,
    RelocationOrVisa,
    /// The process ran by video, so a video call fits.
    VideoProcess,
}

impl ChannelReason {
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            ChannelReason::EmailByDefault => "channel-reason-email-default",
            ChannelReason::RecruiterProcess => "channel-reason-recruiter",
            ChannelReason::CloseRapport => "channel-reason-close-rapport",
            ChannelReason::ManyRounds => "channel-reason-many-rounds",
            ChannelReason::PersonalTime => "channel-reason-personal-time",
            ChannelReason::CloseCollaboration => "channel-reason-collaboration",
            ChannelReason::RelocationOrVisa => "channel-reason-relocation-visa",
            ChannelReason::VideoProcess => "channel-reason-video-process",
        }
    }
}

/// A recommendation and every reason behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub channel: Channel,
    pub reasons: Vec<ChannelReason>,
}

/// The channel that counts: the user's choice, else the recommendation.
#[must_use]
pub fn effective(facts: &ChannelFacts) -> Channel {
    facts.chosen.unwrap_or_else(|| recommend(facts).channel)
}

/// Apply the channel rules to the facts.
#[must_use]
pub fn recommend(facts: &ChannelFacts) -> Recommendation {
    let mut reasons = Vec::new();
    // A close rapport with the hiring manager owes them a voice even when a recruiter
    // ran the process.
    if facts.close_rapport {
        reasons.push(ChannelReason::CloseRapport);
    }
    if facts.interview_rounds >= MANY_ROUNDS {
        reasons.push(ChannelReason::ManyRounds);
    }
    if facts.personal_time_given {
        reasons.push(ChannelReason::PersonalTime);
    }
    if facts.close_collaboration {
        reasons.push(ChannelReason::CloseCollaboration);
    }
    if facts.relocation_or_visa_discussed {
        reasons.push(ChannelReason::RelocationOrVisa);
    }
    if reasons.is_empty() {
        let reason = if facts.main_contact == Contact::Recruiter {
            ChannelReason::RecruiterProcess
        } else {
            ChannelReason::EmailByDefault
        };
        return Recommendation {
            channel: Channel::Email,
            reasons: vec![reason],
        };
    }
    let channel = if facts.interviews_by_video {
        reasons.push(ChannelReason::VideoProcess);
        Channel::VideoThenEmail
    } else {
        Channel::PhoneThenEmail
    };
    Recommendation { channel, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recruiter_only_formal_process_is_email() {
        let r = recommend(&ChannelFacts::default());
        assert_eq!(r.channel, Channel::Email);
        assert_eq!(r.reasons, vec![ChannelReason::RecruiterProcess]);
    }

    #[test]
    fn hiring_manager_without_closeness_is_still_email() {
        let facts = ChannelFacts {
            main_contact: Contact::HiringManager,
            ..ChannelFacts::default()
        };
        let r = recommend(&facts);
        assert_eq!(r.channel, Channel::Email);
        assert_eq!(r.reasons, vec![ChannelReason::EmailByDefault]);
    }

    #[test]
    fn relocation_follows_the_move_until_the_user_sets_it() {
        let mut facts = ChannelFacts::default();
        facts.follow_move(false);
        assert!(!facts.relocation_or_visa_discussed);
        facts.follow_move(true);
        assert!(facts.relocation_or_visa_discussed);
        assert_eq!(recommend(&facts).channel, Channel::PhoneThenEmail);
        // The user unticks it: it stays so.
        facts.relocation_or_visa_discussed = false;
        facts.relocation_set = true;
        facts.follow_move(true);
        assert!(!facts.relocation_or_visa_discussed);
        // What the user ticked is never cleared by the sheet.
        let mut facts = ChannelFacts {
            relocation_or_visa_discussed: true,
            ..ChannelFacts::default()
        };
        facts.follow_move(false);
        assert!(facts.relocation_or_visa_discussed);
    }

    #[test]
    fn close_rapport_counts_even_when_a_recruiter_led_the_process() {
        for main_contact in Contact::ALL {
            let facts = ChannelFacts {
                close_rapport: true,
                main_contact,
                ..ChannelFacts::default()
            };
            let r = recommend(&facts);
            assert_eq!(r.channel, Channel::PhoneThenEmail, "{main_contact:?}");
            assert_eq!(r.reasons, vec![ChannelReason::CloseRapport]);
        }
    }

    #[test]
    fn many_rounds_and_visa_mean_a_call_with_both_reasons() {
        let facts = ChannelFacts {
            interview_rounds: 4,
            relocation_or_visa_discussed: true,
            ..ChannelFacts::default()
        };
        let r = recommend(&facts);
        assert_eq!(r.channel, Channel::PhoneThenEmail);
        assert_eq!(
            r.reasons,
            vec![ChannelReason::ManyRounds, ChannelReason::RelocationOrVisa]
        );
    }

    #[test]
    fn the_users_choice_overrides_the_recommendation() {
        let mut facts = ChannelFacts {
            interview_rounds: 5,
            ..ChannelFacts::default()
        };
        assert_eq!(effective(&facts), Channel::PhoneThenEmail);
        facts.chosen = Some(Channel::Email);
        assert_eq!(effective(&facts), Channel::Email);
        assert_eq!(recommend(&facts).channel, Channel::PhoneThenEmail);
    }

    #[test]
    fn rounds_boundary() {
        let mut facts = ChannelFacts {
            interview_rounds: MANY_ROUNDS - 1,
            ..ChannelFacts::default()
        };
        assert_eq!(recommend(&facts).channel, Channel::Email);
        facts.interview_rounds = MANY_ROUNDS;
        assert_eq!(recommend(&facts).channel, Channel::PhoneThenEmail);
    }

    #[test]
    fn video_process_gives_a_video_call() {
        let facts = ChannelFacts {
            personal_time_given: true,
            close_collaboration: true,
            interviews_by_video: true,
            ..ChannelFacts::default()
        };
        let r = recommend(&facts);
        assert_eq!(r.channel, Channel::VideoThenEmail);
        assert_eq!(
            r.reasons,
            vec![
                ChannelReason::PersonalTime,
                ChannelReason::CloseCollaboration,
                ChannelReason::VideoProcess
            ]
        );
    }
}
