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

/// The credit lines the World Bank's licence asks for, in its own format (shown verbatim
/// in the About window; `assets/DATA-SOURCES.md` has the full account).
pub const WORLD_BANK_CITATIONS: [&str; 2] = [
    "The World Bank: PPP conversion factor, private consumption (LCU per international $) \
     (PA.NUS.PRVT.PP): International Comparison Program, World Bank | World Development \
     Indicators database, World Bank | Eurostat-OECD PPP Programme.",
    "The World Bank: PPP conversion factor, GDP (LCU per international $) (PA.NUS.PPP): \
     International Comparison Program, World Bank | World Development Indicators database, \
     World Bank | Eurostat-OECD PPP Programme.",
];
