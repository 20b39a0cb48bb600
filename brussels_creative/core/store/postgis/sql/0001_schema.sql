-- Brussels Creative ecosystem on PostgreSQL/PostGIS, schema version 1: the GeoPackage's tables and rules (same
-- names: bc_name_required, bc_email_shape, ...), with real foreign keys, history written by triggers as the
-- session's user, and three roles. Applied by core/store/postgis/migrations.py inside one transaction, with the
-- ecosystem's schema first on the search_path; the functions keep that search_path (SET search_path FROM
-- CURRENT), whatever the path of the session that fires them.

CREATE TABLE entity_types (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_entity_types CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL
);
CREATE TABLE sectors (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_sectors CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    nace text
);
CREATE TABLE services (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_services CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL
);
CREATE TABLE audiences (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_audiences CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL
);
CREATE TABLE size_classes (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_size_classes CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL
);
CREATE TABLE relation_types (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE CONSTRAINT bc_code_shape_relation_types CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    directed boolean NOT NULL DEFAULT true,
    inverse_en text NOT NULL, inverse_fr text NOT NULL, inverse_nl text NOT NULL
);

CREATE TABLE municipalities (
    fid serial PRIMARY KEY,
    geom geometry(MultiPolygon, 31370),
    code text NOT NULL UNIQUE,
    label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    postcodes text
);
CREATE INDEX municipalities_geom ON municipalities USING gist (geom);

CREATE TABLE entities (
    fid serial PRIMARY KEY,
    geom geometry(Point, 31370),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    name text NOT NULL CONSTRAINT bc_name_required CHECK (length(trim(name)) > 0),
    entity_type text NOT NULL CONSTRAINT bc_entity_type_known REFERENCES entity_types (code)
        ON UPDATE RESTRICT ON DELETE RESTRICT,
    description text,
    address text,
    postcode text CONSTRAINT bc_postcode_shape CHECK (postcode IS NULL OR postcode = '' OR postcode ~ '^1[0-2][0-9]{2}$'),
    municipality text CONSTRAINT bc_municipality_known REFERENCES municipalities (code)
        ON UPDATE RESTRICT ON DELETE RESTRICT,
    website text CONSTRAINT bc_website_shape CHECK (website IS NULL OR website = '' OR
        (website ~ '^https?://.+\..+' AND website !~ ' ')),
    email text CONSTRAINT bc_email_shape CHECK (email IS NULL OR email = '' OR
        (email ~ '^.+@.+\..+$' AND email !~ '[ ,;<>]' AND email !~ '@.*@')),
    phone text,
    founded_year integer CONSTRAINT bc_founded_year_range CHECK (founded_year IS NULL OR
        founded_year BETWEEN 1800 AND 2100),
    size_class text CONSTRAINT bc_size_class_known REFERENCES size_classes (code)
        ON UPDATE RESTRICT ON DELETE RESTRICT,
    status text NOT NULL DEFAULT 'active' CONSTRAINT bc_status_value CHECK (status IN ('active', 'inactive', 'closed')),
    visibility text NOT NULL DEFAULT 'public' CONSTRAINT bc_visibility_value CHECK (visibility IN ('public', 'private')),
    verification text NOT NULL DEFAULT 'unverified' CONSTRAINT bc_verification_value
        CHECK (verification IN ('unverified', 'claimed', 'verified')),
    claimed_by text,
    verified_by text,
    verified_at timestamptz,
    source text,
    last_reviewed date,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text,
    updated_at timestamptz,
    updated_by text
);
CREATE INDEX entities_geom ON entities USING gist (geom);
CREATE INDEX entities_entity_type ON entities (entity_type);
CREATE INDEX entities_municipality ON entities (municipality);

CREATE TABLE entity_sectors (
    fid serial PRIMARY KEY,
    entity_uuid uuid NOT NULL REFERENCES entities (uuid) ON DELETE CASCADE,
    code text NOT NULL REFERENCES sectors (code) ON UPDATE RESTRICT ON DELETE RESTRICT,
    is_primary boolean NOT NULL DEFAULT false,
    CONSTRAINT bc_link_unique UNIQUE (entity_uuid, code)
);
CREATE TABLE entity_services (
    fid serial PRIMARY KEY,
    entity_uuid uuid NOT NULL REFERENCES entities (uuid) ON DELETE CASCADE,
    code text NOT NULL REFERENCES services (code) ON UPDATE RESTRICT ON DELETE RESTRICT,
    CONSTRAINT bc_link_unique_services UNIQUE (entity_uuid, code)
);
CREATE TABLE entity_audiences (
    fid serial PRIMARY KEY,
    entity_uuid uuid NOT NULL REFERENCES entities (uuid) ON DELETE CASCADE,
    code text NOT NULL REFERENCES audiences (code) ON UPDATE RESTRICT ON DELETE RESTRICT,
    CONSTRAINT bc_link_unique_audiences UNIQUE (entity_uuid, code)
);

CREATE TABLE relationships (
    fid serial PRIMARY KEY,
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    from_uuid uuid NOT NULL CONSTRAINT bc_relationship_from_known REFERENCES entities (uuid) ON DELETE CASCADE,
    to_uuid uuid NOT NULL CONSTRAINT bc_relationship_to_known REFERENCES entities (uuid) ON DELETE CASCADE,
    relation_type text NOT NULL CONSTRAINT bc_relation_type_known REFERENCES relation_types (code)
        ON UPDATE RESTRICT ON DELETE RESTRICT,
    since date,
    until date,
    note text,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text,
    updated_at timestamptz,
    updated_by text,
    CONSTRAINT bc_no_self_relation CHECK (from_uuid <> to_uuid),
    CONSTRAINT bc_relationship_period CHECK (since IS NULL OR until IS NULL OR until >= since),
    CONSTRAINT bc_relationship_unique UNIQUE (from_uuid, to_uuid, relation_type)
);

CREATE TABLE history (
    fid bigserial PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    changed_by text NOT NULL DEFAULT session_user,
    action text NOT NULL CONSTRAINT bc_history_action CHECK (action IN ('insert', 'update', 'delete')),
    table_name text NOT NULL,
    row_uuid text,
    old_values jsonb,
    new_values jsonb
);
CREATE INDEX history_row ON history (row_uuid);

-- Who and when: created_by/updated_by are the session's user, whatever the client sent; a uuid never changes.
CREATE FUNCTION bc_stamp() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
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
        NEW.updated_at := now();
        NEW.updated_by := session_user;
    END IF;
    RETURN NEW;
END $$;
-- A founding year lies between 1800 and next year (the CHECK holds the fixed bounds).
CREATE FUNCTION bc_entity_rules() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.founded_year > extract(year FROM now()) + 1 THEN
        RAISE EXCEPTION 'bc_founded_year_range: entities.founded_year % is later than next year', NEW.founded_year
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER entities_rules BEFORE INSERT OR UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION bc_entity_rules();
CREATE TRIGGER entities_stamp BEFORE INSERT OR UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION bc_stamp();
CREATE TRIGGER relationships_stamp BEFORE INSERT OR UPDATE ON relationships
    FOR EACH ROW EXECUTE FUNCTION bc_stamp();

-- Every insert, update and delete of entities, relationships and links, with the old and new values; written as
-- the function's owner so that editors need no right on history itself.
CREATE FUNCTION bc_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_key text := coalesce(new_row, old_row) ->> CASE WHEN TG_TABLE_NAME LIKE 'entity\_%' THEN 'entity_uuid'
                                                       ELSE 'uuid' END;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
    END IF;
    INSERT INTO history (action, table_name, row_uuid, old_values, new_values, changed_by)
    VALUES (lower(TG_OP), TG_TABLE_NAME, row_key, old_row - 'geom', new_row - 'geom', session_user);
    RETURN NULL;
END $$;
CREATE TRIGGER entities_log AFTER INSERT OR UPDATE OR DELETE ON entities FOR EACH ROW EXECUTE FUNCTION bc_log();
CREATE TRIGGER relationships_log AFTER INSERT OR UPDATE OR DELETE ON relationships
    FOR EACH ROW EXECUTE FUNCTION bc_log();
CREATE TRIGGER entity_sectors_log AFTER INSERT OR UPDATE OR DELETE ON entity_sectors
    FOR EACH ROW EXECUTE FUNCTION bc_log();
CREATE TRIGGER entity_services_log AFTER INSERT OR UPDATE OR DELETE ON entity_services
    FOR EACH ROW EXECUTE FUNCTION bc_log();
CREATE TRIGGER entity_audiences_log AFTER INSERT OR UPDATE OR DELETE ON entity_audiences
    FOR EACH ROW EXECUTE FUNCTION bc_log();

CREATE FUNCTION bc_history_append_only() RETURNS trigger LANGUAGE plpgsql
    SET search_path FROM CURRENT AS $$
BEGIN
    RAISE EXCEPTION 'bc_history_append_only: history rows cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
    FOR EACH ROW EXECUTE FUNCTION bc_history_append_only();

-- What a reader sees: the public entities, without contact or curation fields.
CREATE VIEW public_entities AS
    SELECT fid, geom, uuid, name, entity_type, description, address, postcode, municipality, website, founded_year,
           size_class, status
    FROM entities WHERE visibility = 'public' AND status <> 'closed';

-- Roles (cluster-wide, made once): curator (everything), editor (entities, relationships, their links), reader (the
-- public view only). A person's login role is granted one of them.
DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['bc_curator', 'bc_editor', 'bc_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO bc_curator, bc_editor, bc_reader', current_schema());
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO bc_curator', current_schema());
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO bc_curator, bc_editor', current_schema());
END $$;
REVOKE UPDATE, DELETE ON history FROM bc_curator;
GRANT SELECT ON entity_types, sectors, services, audiences, size_classes, relation_types, municipalities, entities,
    entity_sectors, entity_services, entity_audiences, relationships, history TO bc_editor;
GRANT INSERT, UPDATE, DELETE ON entities, entity_sectors, entity_services, entity_audiences, relationships
    TO bc_editor;
GRANT SELECT ON public_entities, entity_types, sectors, services, audiences, size_classes, municipalities
    TO bc_reader;
