"""Reports: terminal tables, exports, the HTML summary and (later) assessments."""
