//! Tests of the workspace's operations.

use super::*;

fn named(ws: &mut Workspace, company: &str, reply_by: &str, status: Status) -> CaseId {
    let id = ws.new_case();
    let case = ws.current_case_mut();
    case.company = company.into();
    case.reply_by = reply_by.into();
    case.status = status;
    id
}

#[test]
fn empty_workspace_gets_a_case_on_demand() {
    let mut ws = Workspace {
        cases: Vec::new(),
        current_id: CaseId(3),
        next_id: 0,
        ..Workspace::default()
    };
    ws.current_case_mut().company = "Acme".into();
    assert_eq!(ws.cases.len(), 1);
    assert_eq!(ws.current_case().map(|c| c.company.as_str()), Some("Acme"));
    assert_eq!(ws.cases[0].id, CaseId(1));
    assert_eq!(ws.next_id, 2);
}
#[test]
fn create_duplicate_delete_and_undo() {
    let mut ws = Workspace::default();
    ws.current_case_mut().company = "First".into();
    let second = ws.new_case();
    assert_eq!(ws.current_id, second);
    ws.current_case_mut().company = "Second".into();
    let copy = ws.duplicate(second).expect("exists");
    assert_ne!(copy, second);
    assert_eq!(ws.case(copy).map(|c| c.company.as_str()), Some("Second"));
    assert_eq!(ws.cases.len(), 3);

    let (index, removed) = ws.delete(second).expect("exists");
    assert_eq!(removed.company, "Second");
    assert!(ws.case(second).is_none());
    assert_ne!(ws.current_id, second);
    let restored = ws.restore(index, removed);
    assert_eq!(restored, second);
    assert_eq!(ws.cases[index].company, "Second");
    assert_eq!(ws.current_id, second);
}

#[test]
fn deleting_the_last_case_leaves_a_fresh_one() {
    let mut ws = Workspace::default();
    let only = ws.current_id;
    ws.delete(only);
    assert_eq!(ws.cases.len(), 1);
    assert_ne!(ws.cases[0].id, only);
    assert_eq!(ws.current_id, ws.cases[0].id);
}

#[test]
fn merge_never_overwrites_and_renumbers_conflicts() {
    let mut ws = Workspace::default();
    ws.current_case_mut().company = "Mine".into();
    let imported = vec![
        Case {
            id: CaseId(1),
            company: "Theirs".into(),
            ..Case::default()
        },
        Case {
            id: CaseId(42),
            company: "Other".into(),
            ..Case::default()
        },
    ];
    let ids = ws.merge(imported);
    assert_eq!(ws.case(CaseId(1)).map(|c| c.company.as_str()), Some("Mine"));
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], CaseId(1));
    assert_eq!(ws.case(ids[0]).map(|c| c.company.as_str()), Some("Theirs"));
    assert_eq!(ws.case(ids[1]).map(|c| c.company.as_str()), Some("Other"));
    let fresh = ws.new_case();
    assert!(ws.cases.iter().filter(|c| c.id == fresh).count() == 1);
}

#[test]
fn list_sorts_by_deadline_with_closed_and_archived_last() {
    let mut ws = Workspace::default();
    ws.current_case_mut().company = "No deadline".into();
    let first = ws.current_id;
    let late = named(&mut ws, "Late", "2026-12-10", Status::Deciding);
    let early = named(&mut ws, "Early", "2026-11-28", Status::Negotiating);
    let archived = named(&mut ws, "Old", "2026-01-01", Status::Archived);
    let declined = named(&mut ws, "Done", "2026-11-01", Status::Declined);
    assert_eq!(
        ws.sorted_ids(),
        vec![early, late, first, declined, archived]
    );
}

#[test]
fn repair_fixes_duplicate_ids_and_selection() {
    let mut ws = Workspace {
        cases: vec![
            Case {
                id: CaseId(7),
                ..Case::default()
            },
            Case {
                id: CaseId(7),
                ..Case::default()
            },
            Case::default(),
        ],
        current_id: CaseId(99),
        next_id: 0,
        ..Workspace::default()
    };
    ws.repair();
    let mut ids: Vec<u64> = ws.cases.iter().map(|c| c.id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    assert!(!ids.contains(&0));
    assert_eq!(ws.current_id, CaseId(7));
    assert!(ws.next_id > *ids.last().expect("ids"));
}

fn own(name: &str) -> CustomTemplate {
    CustomTemplate {
        name: name.into(),
        language: "en-US".into(),
        body: "Dear {contact}".into(),
        ..CustomTemplate::default()
    }
}

#[test]
fn an_override_replaces_the_previous_one_for_its_scenario_and_language() {
    let mut ws = Workspace::default();
    let scenario = Scenario::AcceptedOtherOffer;
    let first = ws.save_override(CustomTemplate {
        base: Some(scenario),
        ..own("v1")
    });
    let german = ws.save_override(CustomTemplate {
        base: Some(scenario),
        language: "de-DE".into(),
        ..own("v1 de")
    });
    let second = ws.save_override(CustomTemplate {
        base: Some(scenario),
        ..own("v2")
    });
    assert!(
        ws.template(first).is_none(),
        "the older English version is replaced"
    );
    assert_eq!(
        ws.override_for(scenario, "en-US").map(|t| t.id),
        Some(second)
    );
    assert_eq!(
        ws.override_for(scenario, "de-DE").map(|t| t.id),
        Some(german)
    );
    assert_eq!(ws.own_templates().count(), 0);
    ws.remove_override(scenario, "en-US");
    assert!(ws.override_for(scenario, "en-US").is_none());
    assert!(ws.override_for(scenario, "de-DE").is_some());
}

#[test]
fn deleting_a_template_clears_every_letter_that_used_it() {
    let mut ws = Workspace::default();
    let id = ws.add_template(own("Mine"));
    let copy = ws
        .duplicate_template(id, "Mine (copy)".into())
        .expect("exists");
    assert_ne!(copy, id);
    assert_eq!(
        ws.template(copy).map(|t| t.name.as_str()),
        Some("Mine (copy)")
    );
    ws.current_case_mut().draft.custom = Some(id);
    let other = ws.new_case();
    ws.current_case_mut().draft.custom = Some(id);
    ws.delete_template(id);
    assert!(ws.template(id).is_none());
    assert!(ws.cases.iter().all(|c| c.draft.custom.is_none()));
    assert!(ws.case(other).is_some());
    assert_eq!(ws.own_templates().count(), 1);
}

#[test]
fn the_example_replaces_a_blank_start_and_joins_a_real_one() {
    let mut ws = Workspace::default();
    assert!(ws.is_blank());
    let today = jiff::civil::date(2026, 12, 5);
    let id = ws.add_example(today);
    assert_eq!(ws.cases.len(), 1);
    assert!(!ws.is_blank());
    assert_eq!(ws.current_id, id);
    assert!(ws.case(id).is_some_and(|c| c.example));

    let mut ws = Workspace::default();
    ws.current_case_mut().company = "Mine".into();
    let id = ws.add_example(today);
    assert_eq!(ws.cases.len(), 2);
    assert_eq!(ws.current_id, id);
    ws.delete(id);
    assert_eq!(ws.cases.len(), 1);
    assert_eq!(ws.cases[0].company, "Mine");
}

#[test]
fn ids_at_the_top_of_the_range_neither_overflow_nor_repeat() {
    let mut ws = Workspace::default();
    let top = |id: u64, company: &str| Case {
        id: CaseId(id),
        company: company.into(),
        ..Case::default()
    };
    let ids = ws.merge(vec![top(u64::MAX, "A"), top(u64::MAX - 1, "B")]);
    assert!(ids.iter().all(|id| id.0 < 10), "remapped: {ids:?}");
    // A loaded file with an id at the very top: new ids are still unique.
    ws.cases.push(top(u64::MAX, "C"));
    ws.repair();
    let fresh = [ws.new_case(), ws.new_case()];
    let mut all: Vec<u64> = ws.cases.iter().map(|c| c.id.0).collect();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), ws.cases.len(), "unique ids");
    assert!(fresh.iter().all(|id| id.0 != 0));
}

#[test]
fn template_ids_are_never_reused_and_imports_drop_foreign_references() {
    let mut ws = Workspace::default();
    let first = ws.add_template(own("A"));
    let second = ws.add_template(own("B"));
    ws.delete_template(second);
    let third = ws.add_template(own("C"));
    assert!(third != second && third != first, "{third:?}");

    let mut imported = Case {
        company: "Imported".into(),
        ..Case::default()
    };
    imported.draft.custom = Some(first);
    let ids = ws.merge(vec![imported]);
    assert_eq!(ws.case(ids[0]).and_then(|c| c.draft.custom), None);
}

#[test]
fn the_total_speaks_for_the_checklist_only_once_the_comparison_holds_something() {
    let table = crate::data::ppp_table();
    let mut ws = Workspace::default();
    {
        let sheet = &mut ws.current_case_mut().mobility;
        sheet.moving_abroad = true;
        sheet.current_country = "DE".into();
        sheet.destination_country = "DE".into();
        sheet.current_pay.amount = "80000".into();
        sheet.offered_pay.amount = "70000".into();
    }
    // The sheet alone: its own suggestion, not the comparison's under another name.
    assert_eq!(ws.total_change_of_current(table, 2026), None);
    // A bonus typed for the offer: the whole pay decides, 70,000 + 20 % = 84,000.
    ws.current_case_mut().package.bonus_percent = "20".into();
    let (change, net) = ws.total_change_of_current(table, 2026).expect("compared");
    assert!(!net);
    assert!((change - 5.0).abs() < 1e-9, "{change}");
}

#[test]
fn accepting_an_offer_declines_the_other_open_offers_of_the_comparison() {
    use crate::domain::{Stage, Status};
    let mut ws = Workspace::default();
    let first = ws.current_id;
    let second = ws.new_case();
    let third = ws.new_case();
    for id in [first, second, third] {
        ws.case_mut(id).expect("case").stage = Stage::AfterOffer;
    }
    ws.case_mut(third).expect("case").status = Status::Declined;
    ws.comparison.cases = vec![first, second, third];
    let declined = ws.accept_offer(second);
    assert_eq!(declined, [first], "only the offers still open");
    assert_eq!(ws.case(second).expect("case").status, Status::Accepted);
    assert_eq!(
        ws.case(first).expect("case").draft.scenario,
        crate::domain::template::Scenario::AcceptedOtherOffer
    );
}
