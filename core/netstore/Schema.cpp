#include "netstore/NetStore.h"

namespace comptoir::netstore {

// The store's schema, version by version. Each migration runs in one transaction as the store's
// owner; schema_version records what was applied. Counters log in with their own roles, members of
// comptoir_counter: they read everything of the network, append events, and change only their own
// site's objects (row-level security on every table, the site looked up from the counters table by
// session_user).
QList<StoreMigration> NetStore::migrations()
{
    return {
        {1, QString::fromUtf8(R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'comptoir_counter') THEN
    CREATE ROLE comptoir_counter NOLOGIN;
  END IF;
END $$;

CREATE TABLE counters (role text PRIMARY KEY, site text NOT NULL, added_at timestamptz NOT NULL DEFAULT now());
GRANT SELECT ON counters TO comptoir_counter;

CREATE FUNCTION my_site() RETURNS text LANGUAGE sql STABLE AS
  $f$ SELECT site FROM counters WHERE role = session_user $f$;

-- Every event a counter published, as it sent it: append-only (no UPDATE or DELETE, even for the
-- owner), the event's uuid as key so a replay changes nothing, and the store's verdict (outcome).
CREATE TABLE events (
  id uuid PRIMARY KEY,
  seq bigserial UNIQUE,
  counter text NOT NULL DEFAULT session_user,
  site text NOT NULL,
  kind text NOT NULL,
  object text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  outcome jsonb NOT NULL);
CREATE INDEX events_object ON events(object, seq);
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS
  $f$ BEGIN RAISE EXCEPTION 'events is append-only'; END $f$;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_read ON events FOR SELECT USING (true);
CREATE POLICY events_write ON events FOR INSERT WITH CHECK (site = my_site() AND counter = session_user);
GRANT SELECT, INSERT ON events TO comptoir_counter;
GRANT USAGE ON SEQUENCE events_seq_seq TO comptoir_counter;

-- Current state, one row per object.
CREATE TABLE crates (
  id text PRIMARY KEY,
  from_site text NOT NULL,
  destination text NOT NULL,
  state text NOT NULL CHECK (state IN ('open','sealed','departed','receiving','received')),
  items integer NOT NULL DEFAULT 0,
  sealed_by text, sealed_at timestamptz,
  received_by text, received_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1);
ALTER TABLE crates ENABLE ROW LEVEL SECURITY;
CREATE POLICY crates_read ON crates FOR SELECT USING (true);
CREATE POLICY crates_open ON crates FOR INSERT WITH CHECK (from_site = my_site());
CREATE POLICY crates_change ON crates FOR UPDATE USING (from_site = my_site() OR destination = my_site())
  WITH CHECK (from_site = my_site() OR destination = my_site());
GRANT SELECT, INSERT, UPDATE ON crates TO comptoir_counter;

CREATE TABLE locker_doors (
  uuid text PRIMARY KEY,
  site text NOT NULL,
  bank text NOT NULL,
  label text NOT NULL DEFAULT '',
  state text NOT NULL,
  item text,
  assigned_by text,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1);
ALTER TABLE locker_doors ENABLE ROW LEVEL SECURITY;
CREATE POLICY doors_read ON locker_doors FOR SELECT USING (true);
CREATE POLICY doors_write ON locker_doors FOR ALL USING (site = my_site()) WITH CHECK (site = my_site());
GRANT SELECT, INSERT, UPDATE ON locker_doors TO comptoir_counter;

CREATE TABLE delivery_orders (
  uuid text PRIMARY KEY,
  site text NOT NULL,
  state text NOT NULL,
  last_event text NOT NULL,
  updated_at timestamptz NOT NULL);
ALTER TABLE delivery_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY delivery_read ON delivery_orders FOR SELECT USING (true);
CREATE POLICY delivery_write ON delivery_orders FOR ALL USING (site = my_site()) WITH CHECK (site = my_site());
GRANT SELECT, INSERT, UPDATE ON delivery_orders TO comptoir_counter;

-- Pull-run claims: one row per pull-list line of a site (the line's key: the item's barcode).
CREATE TABLE pull_claims (
  site text NOT NULL,
  line text NOT NULL,
  zone text,
  claimed_by text NOT NULL,
  claimed_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'claimed' CHECK (state IN ('claimed','pulled','not_found')),
  done_by text, done_at timestamptz,
  PRIMARY KEY (site, line));
ALTER TABLE pull_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY claims_read ON pull_claims FOR SELECT USING (true);
CREATE POLICY claims_write ON pull_claims FOR ALL USING (site = my_site()) WITH CHECK (site = my_site());
GRANT SELECT, INSERT, UPDATE ON pull_claims TO comptoir_counter;

CREATE TABLE report_snapshots (
  site text NOT NULL,
  day date NOT NULL,
  counter text NOT NULL,
  payload jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (site, day, counter));
ALTER TABLE report_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY reports_read ON report_snapshots FOR SELECT USING (true);
CREATE POLICY reports_write ON report_snapshots FOR ALL USING (site = my_site()) WITH CHECK (site = my_site());
GRANT SELECT, INSERT, UPDATE ON report_snapshots TO comptoir_counter;
)SQL")},
        {2, QString::fromUtf8(R"SQL(
-- One event applied: recorded once (its uuid), the current state changed when the event may change
-- it, the verdict returned and kept. Runs with the caller's rights, so row-level security decides
-- what a counter may change. A notification tells the other counters.
CREATE FUNCTION apply_event(p_id uuid, p_site text, p_kind text, p_object text, p_payload jsonb, p_at timestamptz)
RETURNS jsonb LANGUAGE plpgsql AS $f$
DECLARE
  v_outcome jsonb := '{"result":"applied"}';
  v_kept jsonb;
  v_rows integer;
  v_crate crates%ROWTYPE;
  v_door locker_doors%ROWTYPE;
  v_claim pull_claims%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_id::text, 0));
  SELECT outcome INTO v_kept FROM events WHERE id = p_id;
  IF FOUND THEN
    RETURN v_kept || '{"replay":true}';
  END IF;
  IF p_site IS DISTINCT FROM my_site() THEN
    RAISE EXCEPTION 'counter % publishes for site %, not its own', session_user, p_site
      USING ERRCODE = '42501';
  END IF;

  IF p_kind = 'crate.open' THEN
    INSERT INTO crates (id, from_site, destination, state, updated_at)
      VALUES (p_object, p_site, coalesce(p_payload->>'destination', ''), 'open', p_at)
      ON CONFLICT (id) DO NOTHING;
  ELSIF p_kind IN ('crate.add', 'crate.remove', 'crate.seal', 'crate.depart') THEN
    UPDATE crates SET
        items = CASE p_kind WHEN 'crate.add' THEN items + 1
                            WHEN 'crate.remove' THEN greatest(items - 1, 0)
                            WHEN 'crate.seal' THEN coalesce((p_payload->>'items')::integer, items)
                            ELSE items END,
        state = CASE p_kind WHEN 'crate.seal' THEN 'sealed' WHEN 'crate.depart' THEN 'departed' ELSE state END,
        sealed_by = CASE p_kind WHEN 'crate.seal' THEN session_user ELSE sealed_by END,
        sealed_at = CASE p_kind WHEN 'crate.seal' THEN p_at ELSE sealed_at END,
        updated_at = p_at, version = version + 1
      WHERE id = p_object AND from_site = p_site
        AND state = CASE p_kind WHEN 'crate.depart' THEN 'sealed' ELSE 'open' END;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
      SELECT * INTO v_crate FROM crates WHERE id = p_object;
      IF NOT FOUND THEN
        v_outcome := '{"result":"refused","reason":"unknown"}';
      ELSIF v_crate.from_site <> p_site THEN
        v_outcome := jsonb_build_object('result', 'refused', 'reason', 'site', 'site', v_crate.from_site);
      ELSE
        v_outcome := jsonb_build_object('result', 'lost', 'state', v_crate.state, 'by', v_crate.sealed_by,
                                        'at', v_crate.sealed_at);
      END IF;
    END IF;
  ELSIF p_kind IN ('crate.receive.start', 'crate.receive.end') THEN
    UPDATE crates SET
        state = CASE p_kind WHEN 'crate.receive.start' THEN 'receiving' ELSE 'received' END,
        received_by = session_user, received_at = p_at, updated_at = p_at, version = version + 1
      WHERE id = p_object AND destination = p_site
        AND state IN ('sealed', 'departed', CASE p_kind WHEN 'crate.receive.end' THEN 'receiving' ELSE 'sealed' END);
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
      SELECT * INTO v_crate FROM crates WHERE id = p_object;
      IF NOT FOUND THEN
        v_outcome := '{"result":"recorded"}';  -- a crate from a counter that does not publish
      ELSIF v_crate.destination <> p_site THEN
        v_outcome := jsonb_build_object('result', 'refused', 'reason', 'site', 'site', v_crate.destination);
      ELSE
        v_outcome := jsonb_build_object('result', 'lost', 'state', v_crate.state, 'by', v_crate.received_by,
                                        'at', v_crate.received_at);
      END IF;
    END IF;
  ELSIF p_kind = 'locker.door' THEN
    -- A door's state as the counter set it: any counter of the site may free or clear a door.
    INSERT INTO locker_doors (uuid, site, bank, label, state, item, assigned_by, updated_at)
      VALUES (p_object, p_site, coalesce(p_payload->>'bank', ''), coalesce(p_payload->>'label', ''),
              coalesce(p_payload->>'state', 'free'), NULL, NULL, p_at)
      ON CONFLICT (uuid) DO UPDATE SET state = excluded.state, item = NULL, assigned_by = NULL,
        updated_at = excluded.updated_at, version = locker_doors.version + 1;
  ELSIF p_kind = 'locker.assign' THEN
    -- One item per door: the first assignment wins, a second one is told who has the door.
    INSERT INTO locker_doors (uuid, site, bank, label, state, item, assigned_by, updated_at)
      VALUES (p_object, p_site, coalesce(p_payload->>'bank', ''), coalesce(p_payload->>'label', ''), 'loaded',
              p_payload->>'item', session_user, p_at)
      ON CONFLICT (uuid) DO UPDATE SET state = 'loaded', item = excluded.item, assigned_by = session_user,
        updated_at = excluded.updated_at, version = locker_doors.version + 1
      WHERE locker_doors.state = 'free' OR locker_doors.item IS NULL OR locker_doors.item = excluded.item;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
      SELECT * INTO v_door FROM locker_doors WHERE uuid = p_object;
      v_outcome := jsonb_build_object('result', 'lost', 'state', v_door.state, 'by', v_door.assigned_by,
                                      'item', v_door.item, 'at', v_door.updated_at);
    END IF;
  ELSIF p_kind LIKE 'delivery.%' THEN
    INSERT INTO delivery_orders (uuid, site, state, last_event, updated_at)
      VALUES (p_object, p_site, coalesce(p_payload->>'state', 'open'), p_kind, p_at)
      ON CONFLICT (uuid) DO UPDATE SET state = coalesce(p_payload->>'state', delivery_orders.state),
        last_event = excluded.last_event, updated_at = excluded.updated_at;
  ELSIF p_kind IN ('pull.pulled', 'pull.not_found') THEN
    INSERT INTO pull_claims (site, line, claimed_by, claimed_at, expires_at, state, done_by, done_at)
      VALUES (p_site, p_object, session_user, p_at, p_at, substr(p_kind, 6), session_user, p_at)
      ON CONFLICT (site, line) DO UPDATE SET state = excluded.state, done_by = session_user, done_at = p_at
      WHERE pull_claims.state = 'claimed';
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
      SELECT * INTO v_claim FROM pull_claims WHERE site = p_site AND line = p_object;
      v_outcome := jsonb_build_object('result', 'lost', 'state', v_claim.state, 'by', v_claim.done_by,
                                      'at', v_claim.done_at);
    END IF;
  ELSIF p_kind = 'report.snapshot' THEN
    INSERT INTO report_snapshots (site, day, counter, payload, updated_at)
      VALUES (p_site, (p_payload->>'day')::date, session_user, coalesce(p_payload->'report', '{}'), p_at)
      ON CONFLICT (site, day, counter) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at;
  ELSE
    v_outcome := '{"result":"recorded"}';
  END IF;

  INSERT INTO events (id, counter, site, kind, object, payload, at, outcome)
    VALUES (p_id, session_user, p_site, p_kind, p_object, p_payload, p_at, v_outcome);
  SELECT * INTO v_crate FROM crates WHERE id = p_object AND p_kind LIKE 'crate.%';
  PERFORM pg_notify('comptoir', jsonb_build_object('kind', p_kind, 'object', p_object, 'site', p_site,
      'counter', session_user, 'result', v_outcome->>'result', 'items', v_crate.items,
      'state', v_crate.state,
      -- A locker alert, shown as it is on the other counters: its bank, door and what was said.
      'bank', CASE WHEN p_kind = 'locker.alert' THEN p_payload->>'bank' END,
      'label', CASE WHEN p_kind = 'locker.alert' THEN p_payload->>'label' END,
      'detail', CASE WHEN p_kind = 'locker.alert' THEN left(p_payload->>'detail', 1000) END)::text);
  RETURN v_outcome;
END $f$;
GRANT EXECUTE ON FUNCTION apply_event(uuid, text, text, text, jsonb, timestamptz) TO comptoir_counter;

-- Claims lines of a site's pull list until p_until: a line is taken when nobody holds it, when its
-- claim has expired, or when it is this counter's already (renewal). One statement, so two desks
-- claiming at once never both get a line. Returns every asked line with who holds it now.
CREATE FUNCTION claim_lines(p_site text, p_lines text[], p_zone text, p_now timestamptz, p_until timestamptz)
RETURNS TABLE (line text, claimed_by text, expires_at timestamptz, state text)
LANGUAGE plpgsql AS $f$
#variable_conflict use_column
BEGIN
  INSERT INTO pull_claims AS c (site, line, zone, claimed_by, claimed_at, expires_at)
    SELECT p_site, l, p_zone, session_user, p_now, p_until FROM unnest(p_lines) AS l ORDER BY l
    ON CONFLICT (site, line) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at,
      expires_at = excluded.expires_at, zone = excluded.zone
    WHERE c.state = 'claimed' AND (c.expires_at <= p_now OR c.claimed_by = excluded.claimed_by);
  PERFORM pg_notify('comptoir', jsonb_build_object('kind', 'pull.claim', 'site', p_site, 'counter', session_user,
      'until', p_until)::text);
  RETURN QUERY SELECT c.line, c.claimed_by, c.expires_at, c.state FROM pull_claims c
    WHERE c.site = p_site AND c.line = ANY (p_lines) ORDER BY c.line;
END $f$;
GRANT EXECUTE ON FUNCTION claim_lines(text, text[], text, timestamptz, timestamptz) TO comptoir_counter;

-- Gives claims back before they expire (a run stopped).
CREATE FUNCTION release_lines(p_site text, p_lines text[], p_now timestamptz) RETURNS integer
LANGUAGE plpgsql AS $f$
DECLARE v_rows integer;
BEGIN
  UPDATE pull_claims SET expires_at = p_now
    WHERE site = p_site AND line = ANY (p_lines) AND claimed_by = session_user AND state = 'claimed';
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  PERFORM pg_notify('comptoir', jsonb_build_object('kind', 'pull.release', 'site', p_site,
      'counter', session_user)::text);
  RETURN v_rows;
END $f$;
GRANT EXECUTE ON FUNCTION release_lines(text, text[], timestamptz) TO comptoir_counter;
)SQL")},
        // s6c: zones of a site's shelves split between its desks (renumbered at merge if needed).
        {3, QString::fromUtf8(R"SQL(
-- A zone given to a desk: that desk's runs walk to it, the other desks' runs leave it alone. A zone
-- given to nobody is every desk's. Any desk of the site may take a zone (it was another's: that
-- desk is told); only the desk holding it gives it back.
CREATE TABLE zone_assignments (
  site text NOT NULL,
  zone text NOT NULL,
  counter text NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site, zone));
ALTER TABLE zone_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY zones_read ON zone_assignments FOR SELECT USING (true);
CREATE POLICY zones_write ON zone_assignments FOR ALL USING (site = my_site())
  WITH CHECK (site = my_site() AND counter = session_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON zone_assignments TO comptoir_counter;

-- Takes (p_take) or gives back a zone for the calling counter; returns who held it before.
CREATE FUNCTION assign_zone(p_site text, p_zone text, p_take boolean) RETURNS text
LANGUAGE plpgsql AS $f$
DECLARE v_before text;
BEGIN
  IF p_site IS DISTINCT FROM my_site() THEN
    RAISE EXCEPTION 'counter % splits zones of site %, not its own', session_user, p_site
      USING ERRCODE = '42501';
  END IF;
  SELECT counter INTO v_before FROM zone_assignments WHERE site = p_site AND zone = p_zone FOR UPDATE;
  IF p_take THEN
    INSERT INTO zone_assignments AS z (site, zone, counter) VALUES (p_site, p_zone, session_user)
      ON CONFLICT (site, zone) DO UPDATE SET counter = session_user, assigned_at = now();
  ELSE
    DELETE FROM zone_assignments WHERE site = p_site AND zone = p_zone AND counter = session_user;
  END IF;
  PERFORM pg_notify('comptoir', jsonb_build_object('kind', 'zone.assign', 'site', p_site, 'object', p_zone,
      'counter', session_user, 'result', CASE WHEN p_take THEN 'taken' ELSE 'released' END)::text);
  RETURN v_before;
END $f$;
GRANT EXECUTE ON FUNCTION assign_zone(text, text, boolean) TO comptoir_counter;
)SQL")},
        {4, QString::fromUtf8(R"SQL(
-- Crates shared between the desks of a site (netstore/SharedCrates): which desk opened a crate,
-- and the items in it with the desk that put each in, so that any desk of the site can show a
-- crate's content, fill it and seal it with a manifest listing every desk's items. Kept from the
-- events apply_event recorded (a trigger on events: only what the store applied).
ALTER TABLE crates ADD COLUMN opened_by text;
CREATE TABLE crate_items (
  crate text NOT NULL REFERENCES crates(id),
  barcode text NOT NULL,
  site text NOT NULL,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL,
  removed_at timestamptz,
  PRIMARY KEY (crate, barcode));
ALTER TABLE crate_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY crate_items_read ON crate_items FOR SELECT USING (true);
CREATE POLICY crate_items_write ON crate_items FOR ALL USING (site = my_site()) WITH CHECK (site = my_site());
GRANT SELECT, INSERT, UPDATE ON crate_items TO comptoir_counter;

CREATE FUNCTION crate_event_applied() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF NEW.outcome->>'result' <> 'applied' THEN
    RETURN NULL;
  END IF;
  IF NEW.kind = 'crate.open' THEN
    UPDATE crates SET opened_by = NEW.counter WHERE id = NEW.object AND opened_by IS NULL;
  ELSIF NEW.kind = 'crate.add' AND coalesce(NEW.payload->>'barcode', '') <> '' THEN
    IF EXISTS (SELECT 1 FROM crate_items WHERE crate = NEW.object AND barcode = NEW.payload->>'barcode'
               AND removed_at IS NULL) THEN
      -- Already in (put in at another desk too): counted once, by the desk that put it in first.
      UPDATE crates SET items = greatest(items - 1, 0) WHERE id = NEW.object;
    END IF;
    INSERT INTO crate_items (crate, barcode, site, added_by, added_at)
      VALUES (NEW.object, NEW.payload->>'barcode', NEW.site, NEW.counter, NEW.at)
      ON CONFLICT (crate, barcode) DO UPDATE SET added_by = excluded.added_by, added_at = excluded.added_at,
        removed_at = NULL WHERE crate_items.removed_at IS NOT NULL;
  ELSIF NEW.kind = 'crate.remove' AND coalesce(NEW.payload->>'barcode', '') <> '' THEN
    UPDATE crate_items SET removed_at = NEW.at
      WHERE crate = NEW.object AND barcode = NEW.payload->>'barcode' AND removed_at IS NULL;
  END IF;
  RETURN NULL;
END $f$;
CREATE TRIGGER crate_events_applied AFTER INSERT ON events
  FOR EACH ROW WHEN (NEW.kind IN ('crate.open', 'crate.add', 'crate.remove'))
  EXECUTE FUNCTION crate_event_applied();
)SQL")},
    };
}

} // namespace comptoir::netstore
