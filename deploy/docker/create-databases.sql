-- One database per service (compose only; the local stack creates them itself).
CREATE DATABASE content;
CREATE DATABASE assessment;
CREATE DATABASE report;
