"""The printing tab: badges, sign-in sheets and reports, previewed, printed or saved."""
