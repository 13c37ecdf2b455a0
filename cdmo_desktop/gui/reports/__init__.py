"""Reports: status reports and agreements, exported as PDF."""
