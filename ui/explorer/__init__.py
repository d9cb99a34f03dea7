"""The atlas explorer: search, browse, linked cards with history, the regional overview."""
