import type { Queryable } from '../../../libraries/db'

/**
 * Yellow and red cards reach the handler and the applicant through the engine; their leaders (the
 * head of each open-task holder's primary department) are told here, once per case and card
 * colour, for card events since `since` (of one case when `caseId` is given: the card timer's own
 * transaction calls it; the facts refresh catches anything else). Returns the notifications written.
 */
export async function notifyLeadersOfCards(db: Queryable, since: Date, caseId?: string): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO notifications (person_id, case_id, reason, message, message_en)
     SELECT DISTINCT o.head_id, e.case_id, e.type || '-leader',
            CASE WHEN e.type = 'card.red' THEN '下属办理的办件已超期（红牌）：' ELSE '下属办理的办件即将超期（黄牌）：' END || c.title,
            CASE WHEN e.type = 'card.red' THEN 'A case your staff handle is overdue (red card): '
                 ELSE 'A case your staff handle is close to its limit (yellow card): ' END || c.title
       FROM case_events e
       JOIN cases c ON c.id = e.case_id
       JOIN tasks t ON t.case_id = e.case_id AND t.status = 'open' AND t.kind <> 'cc'
       JOIN memberships m ON m.person_id = t.assignee_id AND m.is_primary
       JOIN organisations o ON o.id = m.org_id
      WHERE e.type IN ('card.yellow', 'card.red') AND e.at >= $1 AND ($2::text IS NULL OR e.case_id = $2)
        AND o.head_id IS NOT NULL AND o.head_id <> t.assignee_id
        AND NOT EXISTS (SELECT 1 FROM notifications n
                         WHERE n.person_id = o.head_id AND n.case_id = e.case_id AND n.reason = e.type || '-leader')`,
    [since, caseId ?? null],
  )
  return rowCount ?? 0
}
