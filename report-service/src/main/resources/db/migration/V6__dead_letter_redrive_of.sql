-- The letter a record was re-driven from, when it came back to the dead-letter topic after that re-drive (still
-- poison). A bulk re-drive leaves such letters out: re-driving them again would only feed the topic.
ALTER TABLE dead_letter ADD COLUMN redrive_of text;
