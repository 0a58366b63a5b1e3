"""Per-page view models: plain functions from the data package to ChartSpecs and headline figures."""
