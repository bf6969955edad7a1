-- The audit trail as a hash chain: each event carries the hash of the event before it and a hash over that and
-- its own fields, so changing or removing an event breaks the chain (`npm run audit:verify` finds where).
-- One function computes the hash, for the trigger and for the check alike. Timestamps are written in UTC
-- with microseconds, so the session's time zone cannot change the text that is hashed.
CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    coalesce(prev, ''), (e).id::text, to_char((e).created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), (e).type,
    coalesce((e).actor_user_id::text, ''), coalesce((e).actor_organisation_id::text, ''),
    coalesce((e).participant_id::text, ''), coalesce((e).order_id::text, ''), (e).data::text
  ), 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- Appends to the chain. The advisory lock (held to the end of the transaction) lets one transaction at a time
-- append, and the id is drawn under the lock, so ids follow the chain even when transactions commit out of the
-- order in which they started. Whatever id or hashes the INSERT supplied are replaced.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
DECLARE
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7242031);
  NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  SELECT hash INTO last_hash FROM audit_events ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := last_hash;
  NEW.hash := audit_event_hash(last_hash, NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
-- Events written before the chain existed are chained now, in id order (the append-only trigger is set aside
-- for this one backfill, inside the migration's transaction).
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete;
--> statement-breakpoint
DO $$
DECLARE
  e audit_events;
  last_hash text := NULL;
BEGIN
  FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
    UPDATE audit_events SET prev_hash = last_hash, hash = audit_event_hash(last_hash, e) WHERE id = e.id
      RETURNING hash INTO last_hash;
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete;
