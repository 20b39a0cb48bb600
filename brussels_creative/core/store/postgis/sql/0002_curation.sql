-- Schema version 2: what the GeoPackage's schema 4 holds beyond version 1. Curation (claims, relationships
-- confirmed by each end, proposals, the provenance of each change in history), portfolios, KPI snapshots, the
-- entities' form-editable mirrors of their link tables, a line per relationship, and the remaining GeoPackage rules
-- under the GeoPackage's names (bc_relationship_from_exists, bc_link_entity_exists, bc_sector_known,
-- bc_one_primary_sector, bc_code_in_use, an undirected relation counted both ways).

-- ---- the GeoPackage's rule names ----------------------------------------------------------------------------
ALTER TABLE relationships RENAME CONSTRAINT bc_relationship_from_known TO bc_relationship_from_exists;
ALTER TABLE relationships RENAME CONSTRAINT bc_relationship_to_known TO bc_relationship_to_exists;
ALTER TABLE entities RENAME CONSTRAINT entities_uuid_key TO bc_uuid_unique;
ALTER TABLE relationships RENAME CONSTRAINT relationships_uuid_key TO bc_uuid_unique_relationships;
ALTER TABLE entity_sectors RENAME CONSTRAINT entity_sectors_entity_uuid_fkey TO bc_link_entity_exists;
ALTER TABLE entity_services RENAME CONSTRAINT entity_services_entity_uuid_fkey TO bc_link_entity_exists;
ALTER TABLE entity_audiences RENAME CONSTRAINT entity_audiences_entity_uuid_fkey TO bc_link_entity_exists;
ALTER TABLE entity_sectors RENAME CONSTRAINT entity_sectors_code_fkey TO bc_sector_known;
ALTER TABLE entity_services RENAME CONSTRAINT entity_services_code_fkey TO bc_service_known;
ALTER TABLE entity_audiences RENAME CONSTRAINT entity_audiences_code_fkey TO bc_audience_known;
CREATE UNIQUE INDEX bc_one_primary_sector ON entity_sectors (entity_uuid) WHERE is_primary;
CREATE INDEX entity_sectors_code ON entity_sectors (code);
CREATE INDEX entity_services_code ON entity_services (code);
CREATE INDEX entity_audiences_code ON entity_audiences (code);
CREATE INDEX relationships_from ON relationships (from_uuid);
CREATE INDEX relationships_to ON relationships (to_uuid);

-- A code in use cannot be deleted or renamed (the foreign keys refuse it too; this names the GeoPackage's rule).
CREATE FUNCTION bc_code_in_use() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    in_use boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.code IS NOT DISTINCT FROM OLD.code THEN
        RETURN NEW;
    END IF;
    FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)', TG_ARGV[2 * i], TG_ARGV[2 * i + 1])
            INTO in_use USING OLD.code;
        IF in_use THEN
            RAISE EXCEPTION 'bc_code_in_use: this % code is used in %.% and cannot be deleted or renamed',
                TG_TABLE_NAME, TG_ARGV[2 * i], TG_ARGV[2 * i + 1] USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER entity_types_in_use BEFORE UPDATE OF code OR DELETE ON entity_types
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entities', 'entity_type');
CREATE TRIGGER size_classes_in_use BEFORE UPDATE OF code OR DELETE ON size_classes
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entities', 'size_class');
CREATE TRIGGER municipalities_in_use BEFORE UPDATE OF code OR DELETE ON municipalities
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entities', 'municipality');
CREATE TRIGGER sectors_in_use BEFORE UPDATE OF code OR DELETE ON sectors
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entity_sectors', 'code', 'entities', 'primary_sector');
CREATE TRIGGER services_in_use BEFORE UPDATE OF code OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entity_services', 'code');
CREATE TRIGGER audiences_in_use BEFORE UPDATE OF code OR DELETE ON audiences
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('entity_audiences', 'code');
CREATE TRIGGER relation_types_in_use BEFORE UPDATE OF code OR DELETE ON relation_types
    FOR EACH ROW EXECUTE FUNCTION bc_code_in_use('relationships', 'relation_type');

-- ---- entities: claims and the mirrors of their link tables --------------------------------------------------
ALTER TABLE entities
    ADD COLUMN sector_codes text,
    ADD COLUMN primary_sector text,
    ADD COLUMN service_codes text,
    ADD COLUMN audience_codes text,
    ADD COLUMN claimed_at timestamptz,
    ADD COLUMN claim_domain_match boolean;

-- The codes of a '{a,b}' (or '{"a","b"}') list, as QGIS's multiple value relation widget writes them.
CREATE FUNCTION bc_code_list(items text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(DISTINCT item), '{}')
    FROM unnest(string_to_array(btrim(replace(replace(coalesce(items, ''), '"', ''), ' ', ''), '{}'), ',')) AS item
    WHERE item <> ''
$$;

-- A link table's codes of an entity as a '{a,b}' list in code order (NULL when there is none).
CREATE FUNCTION bc_link_list(link text, entity uuid) RETURNS text LANGUAGE plpgsql STABLE
    SET search_path FROM CURRENT AS $$
DECLARE
    list text;
BEGIN
    EXECUTE format('SELECT ''{'' || string_agg(code, '','' ORDER BY code COLLATE "C") || ''}'' FROM %I '
                   'WHERE entity_uuid = $1', link) INTO list USING entity;
    RETURN list;
END $$;

-- A write to a link table rewrites the entity's list columns (and primary sector), as a trigger: the entity's
-- history and updated_at are left alone (the link rows' own history dates the change).
CREATE FUNCTION bc_mirror_links() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    entity uuid;
BEGIN
    PERFORM set_config('bc.mirroring', 'on', true);  -- bc_links_from_entity leaves these writes alone
    FOREACH entity IN ARRAY ARRAY(SELECT DISTINCT e FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.entity_uuid END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.entity_uuid END]) AS e WHERE e IS NOT NULL) LOOP
        IF TG_TABLE_NAME = 'entity_sectors' THEN
            UPDATE entities SET sector_codes = bc_link_list('entity_sectors', entity),
                primary_sector = (SELECT code FROM entity_sectors WHERE entity_uuid = entity AND is_primary)
            WHERE uuid = entity;
        ELSIF TG_TABLE_NAME = 'entity_services' THEN
            UPDATE entities SET service_codes = bc_link_list('entity_services', entity) WHERE uuid = entity;
        ELSE
            UPDATE entities SET audience_codes = bc_link_list('entity_audiences', entity) WHERE uuid = entity;
        END IF;
    END LOOP;
    PERFORM set_config('bc.mirroring', 'off', true);
    RETURN NULL;
END $$;
CREATE TRIGGER entity_sectors_mirror AFTER INSERT OR UPDATE OR DELETE ON entity_sectors
    FOR EACH ROW EXECUTE FUNCTION bc_mirror_links();
CREATE TRIGGER entity_services_mirror AFTER INSERT OR UPDATE OR DELETE ON entity_services
    FOR EACH ROW EXECUTE FUNCTION bc_mirror_links();
CREATE TRIGGER entity_audiences_mirror AFTER INSERT OR UPDATE OR DELETE ON entity_audiences
    FOR EACH ROW EXECUTE FUNCTION bc_mirror_links();

-- A client's write of the list columns (a form) rewrites the entity's link rows. Skipped when the write comes from
-- bc_mirror_links itself (which says so in the transaction-local setting bc.mirroring). Named to fire after
-- entities_log: history keeps the entity's row first.
CREATE FUNCTION bc_links_from_entity() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    sectors text[] := bc_code_list(NEW.sector_codes);
    services text[] := bc_code_list(NEW.service_codes);
    audiences text[] := bc_code_list(NEW.audience_codes);
    main text := nullif(NEW.primary_sector, '');
BEGIN
    IF current_setting('bc.mirroring', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.sector_codes, NEW.primary_sector, NEW.service_codes, NEW.audience_codes)
            IS NOT DISTINCT FROM (OLD.sector_codes, OLD.primary_sector, OLD.service_codes, OLD.audience_codes) THEN
        RETURN NULL;
    END IF;
    DELETE FROM entity_sectors WHERE entity_uuid = NEW.uuid AND code <> ALL (sectors) AND code IS DISTINCT FROM main;
    UPDATE entity_sectors SET is_primary = false WHERE entity_uuid = NEW.uuid AND is_primary
        AND code IS DISTINCT FROM main;
    INSERT INTO entity_sectors (entity_uuid, code, is_primary)
        SELECT NEW.uuid, code, code IS NOT DISTINCT FROM main
        FROM unnest(sectors || CASE WHEN main IS NULL THEN '{}'::text[] ELSE ARRAY[main] END) AS code
        ON CONFLICT (entity_uuid, code) DO NOTHING;
    UPDATE entity_sectors SET is_primary = true WHERE entity_uuid = NEW.uuid AND code = main AND NOT is_primary;
    DELETE FROM entity_services WHERE entity_uuid = NEW.uuid AND code <> ALL (services);
    INSERT INTO entity_services (entity_uuid, code) SELECT NEW.uuid, code FROM unnest(services) AS code
        ON CONFLICT (entity_uuid, code) DO NOTHING;
    DELETE FROM entity_audiences WHERE entity_uuid = NEW.uuid AND code <> ALL (audiences);
    INSERT INTO entity_audiences (entity_uuid, code) SELECT NEW.uuid, code FROM unnest(audiences) AS code
        ON CONFLICT (entity_uuid, code) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_mirror_to_links AFTER INSERT OR UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION bc_links_from_entity();

-- ---- relationships: confirmed by each end, undirected ones counted both ways, a line each -------------------
ALTER TABLE relationships
    ADD COLUMN from_confirmed_by text,
    ADD COLUMN from_confirmed_at timestamptz,
    ADD COLUMN to_confirmed_by text,
    ADD COLUMN to_confirmed_at timestamptz;

CREATE FUNCTION bc_relationship_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    -- two editors adding the same undirected pair at once wait for each other here
    PERFORM pg_advisory_xact_lock(hashtext(least(NEW.from_uuid::text, NEW.to_uuid::text) || '|' ||
                                           greatest(NEW.from_uuid::text, NEW.to_uuid::text) || '|' ||
                                           NEW.relation_type));
    IF EXISTS (SELECT 1 FROM relationships r JOIN relation_types t ON t.code = NEW.relation_type
               WHERE NOT t.directed AND r.relation_type = NEW.relation_type AND r.fid <> NEW.fid
                 AND r.from_uuid = NEW.to_uuid AND r.to_uuid = NEW.from_uuid) THEN
        RAISE EXCEPTION 'bc_relationship_unique: relationships already holds this relation between these entities '
                        '(an undirected one counts both ways)' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER relationships_rules BEFORE INSERT OR UPDATE OF from_uuid, to_uuid, relation_type ON relationships
    FOR EACH ROW EXECUTE FUNCTION bc_relationship_rules();

-- The GeoPackage keeps this as a table rewritten by triggers (a SQLite view cannot declare a geometry type); here a
-- view with a typed geometry does the same job.
CREATE VIEW relationship_lines AS
    SELECT r.fid, ST_MakeLine(a.geom, b.geom)::geometry(LineString, 31370) AS geom, r.uuid, r.from_uuid, r.to_uuid,
           r.relation_type, r.since, r.until,
           CASE WHEN r.from_confirmed_at IS NOT NULL AND r.to_confirmed_at IS NOT NULL THEN 'mutual'
                WHEN r.from_confirmed_at IS NOT NULL THEN 'from' WHEN r.to_confirmed_at IS NOT NULL THEN 'to'
                ELSE 'none' END AS confirmation
    FROM relationships r LEFT JOIN entities a ON a.uuid = r.from_uuid LEFT JOIN entities b ON b.uuid = r.to_uuid;

-- ---- who and when, and history, as the GeoPackage keeps them ------------------------------------------------
-- A write that changes only the mirrored lists or nothing keeps updated_at/updated_by and leaves no history row.
CREATE OR REPLACE FUNCTION bc_stamp() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
DECLARE
    untracked text[] := ARRAY['updated_at', 'updated_by', 'sector_codes', 'primary_sector', 'service_codes',
                              'audience_codes'];
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- a client that sends NULL for a column with a default (QGIS does for a new feature's empty fields) gets
        -- the default, as the GeoPackage's triggers give it
        NEW.uuid := coalesce(NEW.uuid, gen_random_uuid());
        NEW.created_at := coalesce(NEW.created_at, now());
        NEW.created_by := session_user;
        NEW.updated_at := NULL;
        NEW.updated_by := NULL;
    ELSE
        IF NEW.uuid IS DISTINCT FROM OLD.uuid THEN
            RAISE EXCEPTION 'bc_uuid_immutable: %.uuid cannot change (%)', TG_TABLE_NAME, OLD.uuid
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        IF to_jsonb(NEW) - untracked = to_jsonb(OLD) - untracked THEN
            NEW.updated_at := OLD.updated_at;
            NEW.updated_by := OLD.updated_by;
        ELSE
            NEW.updated_at := now();
            NEW.updated_by := session_user;
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- history keeps the JSON text as written (json, not jsonb: a copy to a GeoPackage and back gives the same text),
-- and where each change came from: bc.source and bc.proposal_fid, set for the transaction by the plugin
-- (set_config(..., true)), as the GeoPackage reads them from bc_change_context.
ALTER TABLE history ALTER COLUMN old_values TYPE json USING old_values::json,
                    ALTER COLUMN new_values TYPE json USING new_values::json,
                    ALTER COLUMN changed_by DROP NOT NULL,  -- a GeoPackage's link rows name nobody
                    ADD COLUMN source text,
                    ADD COLUMN proposal_fid integer;

CREATE OR REPLACE FUNCTION bc_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    untracked text[] := ARRAY['updated_at', 'updated_by', 'sector_codes', 'primary_sector', 'service_codes',
                              'audience_codes'];
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_key text := coalesce(new_row, old_row) ->> CASE WHEN TG_TABLE_NAME LIKE 'entity\_%' THEN 'entity_uuid'
                                                       ELSE 'uuid' END;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row - untracked = new_row - untracked THEN
        RETURN NULL;
    END IF;
    INSERT INTO history (action, table_name, row_uuid, old_values, new_values, changed_by, source, proposal_fid)
    VALUES (lower(TG_OP), TG_TABLE_NAME, row_key, (old_row - 'geom')::json, (new_row - 'geom')::json, session_user,
            nullif(current_setting('bc.source', true), ''),
            nullif(current_setting('bc.proposal_fid', true), '')::integer);
    RETURN NULL;
END $$;

-- ---- curation, portfolios, KPI snapshots --------------------------------------------------------------------
CREATE TABLE proposals (
    fid serial PRIMARY KEY,
    entity_uuid uuid NOT NULL,
    kind text NOT NULL DEFAULT 'change' CONSTRAINT bc_proposal_kind CHECK (kind IN ('change', 'new')),
    field text NOT NULL,
    value text,
    base_value text,
    proposer text,
    source text,
    comment text,
    status text NOT NULL DEFAULT 'pending'
        CONSTRAINT bc_proposal_status CHECK (status IN ('pending', 'approved', 'rejected')),
    proposed_at timestamptz NOT NULL DEFAULT now(),
    decided_by text,
    decided_at timestamptz,
    reason text
);
CREATE INDEX proposals_entity ON proposals (entity_uuid);
CREATE INDEX proposals_status ON proposals (status);

-- A proposal is decided once: of two curators approving it at once, the second is refused.
CREATE FUNCTION bc_proposal_decided_once() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    IF OLD.status <> 'pending' AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION 'bc_proposal_decided_once: this proposal was already decided'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER proposals_decided_once BEFORE UPDATE OF status ON proposals
    FOR EACH ROW EXECUTE FUNCTION bc_proposal_decided_once();

CREATE TABLE portfolios (
    fid serial PRIMARY KEY,
    name text NOT NULL UNIQUE CONSTRAINT bc_portfolio_name CHECK (length(trim(name)) > 0),
    expression text,
    entity_uuids text,
    owner text,
    shared boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    description text,
    CONSTRAINT bc_portfolio_definition CHECK ((coalesce(expression, '') = '') <> (coalesce(entity_uuids, '') = ''))
);

CREATE TABLE kpi_snapshots (
    fid serial PRIMARY KEY,
    kpi text NOT NULL,
    scope_type text NOT NULL DEFAULT 'region'
        CONSTRAINT bc_kpi_scope CHECK (scope_type IN ('region', 'municipality', 'sector', 'portfolio')),
    scope_code text,
    value double precision,
    unit text,
    taken_at timestamptz NOT NULL DEFAULT now()
);

-- ---- the entities of a version-1 schema get their lists (no history row, updated_at kept, as above) ----------
ALTER TABLE entities DISABLE TRIGGER entities_mirror_to_links;
UPDATE entities SET sector_codes = bc_link_list('entity_sectors', uuid),
                    primary_sector = (SELECT code FROM entity_sectors s WHERE s.entity_uuid = entities.uuid
                                      AND s.is_primary),
                    service_codes = bc_link_list('entity_services', uuid),
                    audience_codes = bc_link_list('entity_audiences', uuid);
ALTER TABLE entities ENABLE TRIGGER entities_mirror_to_links;

-- ---- rights on what this version adds -----------------------------------------------------------------------
GRANT ALL ON proposals, portfolios, kpi_snapshots TO bc_curator;
GRANT SELECT ON relationship_lines TO bc_curator, bc_editor;
GRANT SELECT, INSERT ON proposals TO bc_editor;
GRANT SELECT ON portfolios, kpi_snapshots TO bc_editor;
-- everyone with a role reads which version the schema is at (the plugin checks it before opening the ecosystem)
GRANT SELECT ON bc_meta TO bc_editor, bc_reader;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO bc_curator, bc_editor', current_schema());
END $$;
