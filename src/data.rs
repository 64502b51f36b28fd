//! Data bundled with the app, loaded on first use.

use std::sync::OnceLock;

use crate::domain::ppp::Table;

/// The World Bank PPP table (`assets/ppp.csv`), parsed the first time it is needed.
pub fn ppp_table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        Table::parse(include_str!("../assets/ppp.csv")).unwrap_or_else(|e| {
            log::error!("the bundled PPP table is damaged: {e}");
            Table::default()
        })
    })
}

/// The attribution the World Bank's licence asks for, shown in the About window.
pub const DATA_SOURCES: &str = include_str!("../assets/DATA-SOURCES.md");
