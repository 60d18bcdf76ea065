-- The damaging part of each muscle's eccentric load in an activity (runmuscle 0.2, model version 2):
-- the eccentric load above what easy level running gives the muscle, which the recovery model turns
-- into strength lost to muscle damage. Rows written before are 0 until 'runmuscle reanalyze'.
ALTER TABLE muscle_load ADD COLUMN damaging_bw_s DOUBLE PRECISION NOT NULL DEFAULT 0;
-- The daily-load query reads it too: the covering index takes it in, so the query still reads no table row.
CREATE INDEX muscle_load_day_muscle_damage ON muscle_load (day, muscle, load_bw_s, eccentric_bw_s, damaging_bw_s);
DROP INDEX muscle_load_day_muscle;
