"""The ecosystem on PostgreSQL/PostGIS for teams: the GeoPackage's schema and rules as versioned SQL migrations."""
