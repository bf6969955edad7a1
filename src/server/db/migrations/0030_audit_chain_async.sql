-- The audit chain, appended after the commit instead of inside every request (issue 19, goal 4).
--
-- Before: the insert trigger took one global advisory lock and chained each event as it was written, so every
-- audited request in the country queued behind every other from its audit INSERT to its COMMIT (about 90 req/s
-- at 200 clients, p95 3 s). Now an event is INSERTed unchained (prev_hash and hash NULL) in the request's own
-- transaction, so it is still written atomically with the change it records, and one chainer at a time (the
-- same advisory lock, so two app instances cannot interleave) fills in prev_hash and hash afterwards, strictly
-- in id order, in batches (src/server/audit/chainer.ts runs it after each audited write, on a timer and at
-- start-up). The trade-off: an event is covered by the chain a moment (normally well under a second) after its
-- commit, not at it; until then it is protected by the append-only trigger and the serving role's missing
-- UPDATE and DELETE rights only. verifyAuditChain reports such a tail as pending, never as tampering, and an
-- unchained event before a chained one as a break.
--
-- Ids and the order of the chain: the chainer takes a horizon (the newest id drawn, then the transactions then
-- writing to audit_events), waits until those transactions have ended, and only then chains up to that id, so an
-- event with a smaller id can never commit after a larger one was chained (audit_chain_horizon,
-- audit_chain_events).

-- The insert trigger no longer chains: it draws the id (as before, whatever the INSERT gave) and clears any hashes.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
BEGIN
  NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Still append-only, with one exception: the chainer (audit_chain_events, which sets veivalg.audit_chaining for its
-- own transaction) may fill in the hashes of an unchained event, and only with the values computed here (the hash
-- of the newest chained event before it, and the hash over that and the event's unchanged fields).
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('veivalg.audit_chaining', true) = 'on'
     AND OLD.hash IS NULL AND OLD.prev_hash IS NULL THEN
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    IF NEW IS NOT DISTINCT FROM OLD THEN
      NEW.prev_hash := (SELECT a.hash FROM audit_events a WHERE a.id < OLD.id AND a.hash IS NOT NULL ORDER BY a.id DESC LIMIT 1);
      NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The chainer's horizon: the newest id drawn so far, then the transactions that hold the lock every INSERT into
-- audit_events takes (RowExclusiveLock, to the transaction's end) in this database. An event with an id up to
-- `upto` is committed, rolled back, or written by one of `in_flight` (virtual transaction ids): its INSERT took
-- that lock before its trigger drew the id. pg_locks is read as it is now, not through a snapshot, and only this
-- database's transactions count (a long transaction elsewhere on the server does not hold the chain up).
CREATE OR REPLACE FUNCTION audit_chain_horizon(OUT upto bigint, OUT in_flight text) AS $$
BEGIN
  upto := coalesce(pg_sequence_last_value(pg_get_serial_sequence('audit_events', 'id')::regclass), 0);
  in_flight := (SELECT coalesce(array_agg(DISTINCT l.virtualtransaction), '{}')::text FROM pg_locks l
    WHERE l.locktype = 'relation' AND l.relation = 'audit_events'::regclass AND l.mode = 'RowExclusiveLock'
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND l.pid <> pg_backend_pid());
END;
$$ LANGUAGE plpgsql VOLATILE;
--> statement-breakpoint
-- Chains up to max_events unchained events with ids up to `upto`, in id order, under the chain's advisory lock;
-- returns how many, or -1 while a transaction of the horizon is still in progress (call again shortly). Runs as
-- the tables' owner (SECURITY DEFINER): the serving role has no UPDATE on audit_events, and the trigger above
-- computes the hashes itself, so calling this can only ever chain, never forge.
CREATE OR REPLACE FUNCTION audit_chain_events(upto bigint, in_flight text, max_events integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head bigint;
  last_hash text;
  n integer := 0;
  e audit_events;
BEGIN
  -- Every transaction holds the lock on its own virtual transaction id until it ends.
  IF in_flight <> '{}' AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'virtualxid' AND l.virtualxid = ANY (in_flight::text[])) THEN
    RETURN -1;
  END IF;
  PERFORM pg_advisory_xact_lock(7242031);
  PERFORM set_config('veivalg.audit_chaining', 'on', true);
  -- The newest chained event: the unchained tail above it is short (seconds of events), so this reads little.
  SELECT a.id, a.hash INTO head, last_hash FROM audit_events a WHERE a.hash IS NOT NULL ORDER BY a.id DESC LIMIT 1;
  FOR e IN SELECT * FROM audit_events a WHERE a.id > coalesce(head, 0) AND a.id <= upto ORDER BY a.id LIMIT max_events LOOP
    -- The trigger computes the same values itself (and wins); computed here too, so that the chain stays right
    -- should the append-only trigger ever be set aside while this runs.
    UPDATE audit_events SET prev_hash = last_hash, hash = audit_event_hash(last_hash, e) WHERE id = e.id
      RETURNING hash INTO last_hash;
    n := n + 1;
  END LOOP;
  PERFORM set_config('veivalg.audit_chaining', '', true);
  RETURN n;
END;
$$;
