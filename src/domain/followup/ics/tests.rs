use icalendar::parser::{Component as Parsed, read_calendar, unfold};
use jiff::civil::{Date, date};
use jiff::tz::TimeZone;

use super::*;
use crate::domain::case::{Stage, Status};
use crate::domain::followup::{Derived, ItemId, Source};
use crate::domain::timeline::DecisionTime;

const TODAY: Date = date(2026, 12, 7);

/// Europe/Berlin from the tz database (a copy in the fixtures, so the test does not
/// depend on the machine's zoneinfo).
fn berlin() -> TimeZone {
    TimeZone::tzif(
        "Europe/Berlin",
        include_bytes!("../../../../tests/fixtures/Europe-Berlin.tzif"),
    )
    .expect("valid TZif")
}

fn full_case() -> Case {
    let mut c = Case {
        id: CaseId(7),
        company: "Nordlicht GmbH".into(),
        role: "Data Engineer".into(),
        contact: "Anna Weber".into(),
        stage: Stage::AfterOffer,
        status: Status::Deciding,
        reply_by: "2026-12-11".into(),
        ..Case::default()
    };
    c.timeline.decided = DecisionTime {
        date: "2026-12-07".into(),
        time: "10:00".into(),
    };
    c.draft.scenario = crate::domain::template::Scenario::AskForTime;
    // The ask-for-time letter was copied: its date is promised.
    c.timeline.done.insert(Step::DraftMessage);
    c.followup.call = DecisionTime {
        date: "2026-12-08".into(),
        time: "14:30".into(),
    };
    let id = c.followup.add_promise();
    assert_eq!(id, ItemId(0));
    c.followup.promises[0].what = "Send the referral".into();
    c.followup.promises[0].due = "2026-12-09".into();
    let anna = c.followup.add_person();
    c.followup.people[0].name = "Jonas Berg".into();
    c.followup.people[0].check_in = "2027-03-01".into();
    assert_eq!(anna, ItemId(1));
    c
}

fn events(c: &Case, zone: &TimeZone) -> Vec<Event> {
    dated(c, zone, TODAY, Weekend::default())
        .into_iter()
        .map(|d| Event {
            dated: d,
            summary: format!("Summary {}", d.what.key()),
            description: "Nordlicht GmbH, Data Engineer".into(),
            reminder: "Reminder".into(),
        })
        .collect()
}

fn property<'a>(c: &'a Parsed<'_>, name: &str) -> Option<&'a icalendar::parser::Property<'a>> {
    c.properties.iter().find(|p| p.name == name)
}

fn value(c: &Parsed<'_>, name: &str) -> String {
    property(c, name)
        .map(|p| p.val.to_string())
        .unwrap_or_default()
}

fn tzid(c: &Parsed<'_>, name: &str) -> Option<String> {
    property(c, name)?
        .params
        .iter()
        .find(|p| p.key == "TZID")
        .and_then(|p| p.val.as_ref())
        .map(ToString::to_string)
}

#[test]
fn what_goes_into_the_calendar() {
    let zone = berlin();
    let c = full_case();
    let whats: Vec<What> = dated(&c, &zone, TODAY, Weekend::default())
        .iter()
        .map(|d| d.what)
        .collect();
    assert!(whats.contains(&What::ReplyBy));
    assert!(whats.contains(&What::AnswerWindow));
    assert!(whats.contains(&What::Promise(Source::Derived(Derived::Answer))));
    assert!(whats.contains(&What::Promise(Source::Derived(Derived::Call))));
    assert!(whats.contains(&What::Promise(Source::Written(ItemId(0)))));
    assert!(whats.contains(&What::Promise(Source::Derived(Derived::CheckIn(ItemId(1))))));
    assert!(whats.contains(&What::Step(Step::SendOrCall)));
    assert!(
        !whats.contains(&What::Step(Step::DraftMessage)),
        "a step done is not a date to keep"
    );
    assert!(
        !whats.contains(&What::Step(Step::ConnectPersonally)),
        "stay-in-touch steps have no day"
    );
    // Sent: the deadline and the window are gone; done steps and promises too.
    let mut sent = c.clone();
    sent.timeline.sent_on = "2026-12-08".into();
    sent.timeline.done.insert(Step::SendOrCall);
    sent.followup.promises[0].done = true;
    let whats: Vec<What> = dated(&sent, &zone, TODAY, Weekend::default())
        .iter()
        .map(|d| d.what)
        .collect();
    assert!(!whats.contains(&What::ReplyBy));
    assert!(!whats.contains(&What::AnswerWindow));
    assert!(!whats.contains(&What::Step(Step::SendOrCall)));
    assert!(!whats.contains(&What::Promise(Source::Written(ItemId(0)))));
    // A week later the steps of days 1–2 are over: they are not dates to keep.
    let later = dated(&c, &zone, date(2026, 12, 14), Weekend::default());
    assert!(
        later
            .iter()
            .all(|d| d.what != What::Step(Step::DraftMessage))
    );
    assert!(
        later
            .iter()
            .any(|d| d.what == What::Step(Step::ArchivePapers))
    );
}

#[test]
fn the_file_parses_back_with_zone_alarms_and_stable_uids() {
    let zone = berlin();
    let c = full_case();
    let evs = events(&c, &zone);
    let now = "2026-12-07T09:00:00Z".parse().expect("timestamp");
    let text = write(&evs, "Gracious: Nordlicht GmbH", &zone, now);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.contains("VERSION:2.0"));
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let events: Vec<&Parsed<'_>> = parsed
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), evs.len());

    // The time zone: defined once, with both its summer and winter time.
    let zones: Vec<&Parsed<'_>> = parsed
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .collect();
    assert_eq!(zones.len(), 1);
    assert_eq!(value(zones[0], "TZID"), "Europe/Berlin");
    assert!(
        property(zones[0], "UID").is_none() && property(zones[0], "DTSTAMP").is_none(),
        "a time zone has neither"
    );
    // The same export twice is the same file, to the byte (no made-up UIDs).
    assert_eq!(text, write(&evs, "Gracious: Nordlicht GmbH", &zone, now));
    let kinds: Vec<&str> = zones[0]
        .components
        .iter()
        .map(|c| c.name.as_ref())
        .collect();
    assert!(
        kinds.contains(&"DAYLIGHT") && kinds.contains(&"STANDARD"),
        "{kinds:?}"
    );
    let summer = zones[0]
        .components
        .iter()
        .find(|c| c.name == "DAYLIGHT")
        .expect("summer time");
    assert_eq!(value(summer, "TZOFFSETFROM"), "+0100");
    assert_eq!(value(summer, "TZOFFSETTO"), "+0200");
    assert!(
        value(summer, "DTSTART").ends_with("T020000"),
        "{}",
        value(summer, "DTSTART")
    );

    let by_uid = |key: &str| {
        let uid = format!("gracious-7-{key}@gracious.app");
        *events
            .iter()
            .find(|e| value(e, "UID") == uid)
            .unwrap_or_else(|| panic!("no {uid} in\n{text}"))
    };
    // The call: at its local time, in the zone.
    let call = by_uid("call");
    assert_eq!(value(call, "DTSTART"), "20261208T143000");
    assert_eq!(tzid(call, "DTSTART").as_deref(), Some("Europe/Berlin"));
    assert_eq!(value(call, "DTEND"), "20261208T150000");
    let triggers: Vec<String> = call
        .components
        .iter()
        .filter(|a| a.name == "VALARM")
        .map(|a| value(a, "TRIGGER"))
        .collect();
    // A day and 15 minutes before (icalendar writes durations in seconds).
    assert_eq!(triggers, ["-PT86400S", "-PT900S"]);
    // The answer window ends 72 hours after deciding (10:00 on the 7th).
    let window = by_uid("answer-window");
    assert_eq!(value(window, "DTSTART"), "20261210T100000");
    // The reply-by date: all day, ringing at 09:00 the day before and on the day.
    let reply_by = by_uid("reply-by");
    assert_eq!(value(reply_by, "DTSTART"), "20261211");
    assert_eq!(value(reply_by, "DTEND"), "20261212");
    let triggers: Vec<String> = reply_by
        .components
        .iter()
        .filter(|a| a.name == "VALARM")
        .map(|a| value(a, "TRIGGER"))
        .collect();
    // 15 hours before midnight, 9 hours after it.
    assert_eq!(triggers, ["-PT54000S", "PT32400S"]);
    assert_eq!(value(by_uid("promise-0"), "DTSTART"), "20261209");
    assert_eq!(value(by_uid("check-in-1"), "DTSTART"), "20270301");
    // The steps of days 3–7 span their days.
    let archive = by_uid("step-archive");
    assert_eq!(value(archive, "DTSTART"), "20261209");
    assert_eq!(value(archive, "DTEND"), "20261216");
    assert_eq!(value(archive, "SUMMARY"), "Summary step-archive");

    // Exported again later: the same UIDs, a higher SEQUENCE.
    let later = "2026-12-08T09:00:00Z".parse().expect("timestamp");
    let again = write(&evs, "Gracious: Nordlicht GmbH", &zone, later);
    let unfolded_again = unfold(&again);
    let reparsed = read_calendar(&unfolded_again).expect("parses");
    let uids = |p: &icalendar::parser::Calendar<'_>| {
        let mut u: Vec<String> = p
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .map(|c| value(c, "UID"))
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&parsed), uids(&reparsed));
    let sequence = |p: &icalendar::parser::Calendar<'_>| -> u64 {
        p.components
            .iter()
            .find(|c| c.name == "VEVENT")
            .map(|c| value(c, "SEQUENCE").parse().expect("number"))
            .expect("an event")
    };
    assert!(sequence(&reparsed) > sequence(&parsed));
}

#[test]
fn a_zone_without_a_name_writes_utc_times() {
    let zone = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("valid");
    let c = full_case();
    let now = "2026-12-07T09:00:00Z".parse().expect("timestamp");
    let text = write(&events(&c, &zone), "Gracious", &zone, now);
    assert!(!text.contains("VTIMEZONE"));
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let call = parsed
        .components
        .iter()
        .find(|e| value(e, "UID") == "gracious-7-call@gracious.app")
        .expect("the call");
    // 14:30 in Berlin in December is 13:30 UTC.
    assert_eq!(value(call, "DTSTART"), "20261208T133000Z");
}

#[test]
fn an_empty_calendar_is_still_a_valid_file() {
    let zone = berlin();
    let now = "2026-12-07T09:00:00Z".parse().expect("timestamp");
    let text = write(&[], "Gracious", &zone, now);
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    assert!(parsed.components.iter().all(|c| c.name != "VEVENT"));
}
