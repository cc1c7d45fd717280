-- Rows of a version-1 case store. The test builds the version-1 schema with
-- the frozen migration 0001 (its hash is pinned in migrations.sha256), loads
-- these rows, and checks that every later migration keeps them.

INSERT INTO office (id, profile, code, name, district_code, district_name, created_at)
    VALUES (1, 'township', '130123101', '城关镇人民政府', '130123', '正定县民政局', '2026-01-05T08:00:00Z');
INSERT INTO communities (id, code, name, kind, area) VALUES (1, '130123101201', '西王庄村', 'village', 'rural');
INSERT INTO households (id, household_no, community_id, address, created_at, updated_at)
    VALUES (1, 'H0000001', 1, '西王庄村3组1号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z'),
           (2, 'H0000002', 1, '西王庄村3组2号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z');
INSERT INTO members (household_id, name, id_number, sex, birth_date, relation, is_head)
    VALUES (1, '张三', '130123196001010013', 'male', '1960-01-01', 'head', 1),
           (2, '𠮷祥', '130123195502280025', 'female', '1955-02-28', 'head', 1);
INSERT INTO household_search (rowid, tokens) VALUES (1, 'h1 张三 三 zhangsan san zs s'), (2, 'h2 𠮷祥 祥 jixiang xiang jx x');
INSERT INTO cases (id, case_no, household_id, assistance_type, state, channel, applied_on, monthly_amount_fen,
                   start_month, created_at, updated_at)
    VALUES (1, '2026-000001', 1, 'dibao', 'approved', 'household-head', '2026-01-06', 63000, '2026-02',
            '2026-01-06T08:00:00Z', '2026-01-28T08:00:00Z');
INSERT INTO case_events (case_id, at, action, from_state, to_state)
    VALUES (1, '2026-01-06T08:00:00Z', 'apply', NULL, 'applied'),
           (1, '2026-01-28T08:00:00Z', 'approve', 'applied', 'approved');
PRAGMA application_id = 1247430741;
