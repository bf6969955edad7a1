-- Before one national id may have only one participant per municipality (the unique index in the next migration),
-- earlier duplicates must go: the oldest record keeps the national id, later ones lose it (nothing else changes,
-- no record is deleted) and the audit trail says which, so the municipality can merge them by hand.
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY municipality_id, national_id ORDER BY created_at, id) AS n
    FROM participants WHERE national_id IS NOT NULL
), cleared AS (
  UPDATE participants p SET national_id = NULL, version = p.version + 1, updated_at = now()
    FROM ranked WHERE ranked.id = p.id AND ranked.n > 1
  RETURNING p.id
)
INSERT INTO audit_events (type, participant_id, data)
  SELECT 'participant.updated', id, jsonb_build_object('participantId', id, 'changedFields', jsonb_build_array('nationalId'))
    FROM cleared;
