-- A template's match_threshold (CONTRACT §5, §8): the least name score that makes a live screening hit.
-- Existing templates keep the default the live bureau used for them until now.
ALTER TABLE templates ADD COLUMN match_threshold DOUBLE PRECISION NOT NULL DEFAULT 0.90;
