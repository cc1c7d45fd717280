-- Rows of a version-2 case store (schema from the frozen migrations 0001 and
-- 0002). Version 3 must give the decided cases their entitlement: the
-- approved 低保 case monthly from its start month for the two co-resident
-- members, the ended 特困 case for one person until its end month, and the
-- 临时救助 case a one-off in its month of decision.

INSERT INTO office (id, profile, code, name, district_code, district_name, created_at)
    VALUES (1, 'township', '130123101', '城关镇人民政府', '130123', '正定县民政局', '2026-01-05T08:00:00Z');
INSERT INTO communities (id, code, name, kind, area) VALUES (1, '130123101201', '西王庄村', 'village', 'rural');
INSERT INTO households (id, household_no, community_id, address, created_at, updated_at)
    VALUES (1, 'H0000001', 1, '西王庄村3组1号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z'),
           (2, 'H0000002', 1, '西王庄村3组2号', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z');
INSERT INTO members (household_id, name, id_number, sex, birth_date, relation, is_head, co_resident)
    VALUES (1, '张三', '130123196001010013', 'male', '1960-01-01', 'head', 1, 1),
           (1, '李四', '130123196203040026', 'female', '1962-03-04', 'spouse', 0, 1),
           (1, '张五', '130123198805060017', 'male', '1988-05-06', 'child', 0, 0),
           (2, '𠮷祥', '130123195502280025', 'female', '1955-02-28', 'head', 1, 1);
INSERT INTO household_search (rowid, tokens) VALUES (1, 'h1 张三 三 zhangsan san zs s'), (2, 'h2 𠮷祥 祥 jixiang xiang jx x');
INSERT INTO cases (id, case_no, household_id, assistance_type, state, channel, applied_on, decided_on,
                   monthly_amount_fen, one_off_amount_fen, start_month, end_month, created_at, updated_at)
    VALUES (1, '2026-000001', 1, 'dibao', 'approved', 'household-head', '2026-01-06', '2026-01-28', 126000, 0,
            '2026-02', NULL, '2026-01-06T08:00:00Z', '2026-01-28T08:00:00Z'),
           (2, '2026-000002', 2, 'tekun', 'terminated', 'household-head', '2026-01-07', '2026-01-29', 98000, 0,
            '2026-02', '2026-06', '2026-01-07T08:00:00Z', '2026-06-30T08:00:00Z'),
           (3, '2026-000003', 1, 'temporary-expenditure', 'approved', 'agent', '2026-03-02', '2026-03-20', 0,
            300000, NULL, NULL, '2026-03-02T08:00:00Z', '2026-03-20T08:00:00Z');
INSERT INTO case_events (case_id, at, action, from_state, to_state)
    VALUES (1, '2026-01-06T08:00:00Z', 'apply', NULL, 'applied'),
           (1, '2026-01-28T08:00:00Z', 'approve', 'applied', 'approved'),
           (2, '2026-01-07T08:00:00Z', 'apply', NULL, 'applied'),
           (2, '2026-01-29T08:00:00Z', 'approve', 'applied', 'approved'),
           (2, '2026-06-30T08:00:00Z', 'terminate', 'approved', 'terminated'),
           (3, '2026-03-02T08:00:00Z', 'apply', NULL, 'applied'),
           (3, '2026-03-20T08:00:00Z', 'approve', 'applied', 'approved');
INSERT INTO entrustment (id, types, valid_from, valid_until, source)
    VALUES (1, 'dibao,tekun', '2026-01-01', '2026-12-31', '正民委〔2026〕1号');
PRAGMA application_id = 1247430741;
