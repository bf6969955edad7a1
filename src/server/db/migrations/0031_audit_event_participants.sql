CREATE TABLE "audit_event_participants" (
	"participant_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	CONSTRAINT "audit_event_participants_participant_id_event_id_pk" PRIMARY KEY("participant_id","event_id")
);
--> statement-breakpoint
DROP INDEX "audit_data_idx";--> statement-breakpoint
-- A participant's audit trail as an index range scan (issue 19, goal 2). List pages, group sessions and exports name
-- up to 100 participants each in data.participantIds. The GIN index on data found them, but a GIN index cannot
-- return events in id order: the trail of a participant named by 20,594 list events read every one of them, then
-- sorted for the newest 500 (0.5–4.1 s at 2 M events). Now the insert trigger below writes one row
-- (participant_id, event_id) per named participant into audit_event_participants, in the same statement as the
-- event, and the trail reads the primary key backwards and stops after 500. The GIN index had no other use than
-- this lookup (and the data-subject export, which uses the side table too) and is dropped: it was the largest and
-- the most costly index to write on the table.
--
-- The side table is append-only like the events (the trigger below refuses UPDATE and DELETE; roles.ts revokes
-- UPDATE, DELETE and TRUNCATE from the serving role). It is not part of the hash chain: it is an index of the
-- events, rebuilt from them by the INSERT … SELECT below.
INSERT INTO audit_event_participants (participant_id, event_id)
  SELECT DISTINCT x::uuid, e.id
  FROM audit_events e,
    jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.data -> 'participantIds') = 'array' THEN e.data -> 'participantIds' ELSE '[]'::jsonb END) AS x
ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_participants_add() RETURNS trigger AS $$
BEGIN
  IF jsonb_typeof(NEW.data -> 'participantIds') = 'array' THEN
    INSERT INTO audit_event_participants (participant_id, event_id)
      SELECT DISTINCT x::uuid, NEW.id FROM jsonb_array_elements_text(NEW.data -> 'participantIds') AS x;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_participants_add
  AFTER INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_event_participants_add();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_participants_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event_participants is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_participants_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_event_participants
  FOR EACH ROW EXECUTE FUNCTION audit_event_participants_append_only();
