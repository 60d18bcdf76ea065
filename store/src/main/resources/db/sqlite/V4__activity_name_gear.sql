-- runmuscle 0.3: each activity's title and gear (Strava's activities.csv, GPX track names), which the
-- runner can also edit. Activities imported before have none.
ALTER TABLE activity ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN gear TEXT NOT NULL DEFAULT '';
