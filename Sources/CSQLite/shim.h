// The system SQLite (libsqlite3-dev), for Sources/Gongwen/Batch/SQLite/SQLiteConnection.swift only.
#include <sqlite3.h>
