import { isOverdue } from '../due-dates';
import type { PreboardingTaskEntity } from '../entities/preboarding-checklist.entity';
import type { PreboardingTaskOutput } from '../starters/outputs/starter.output';

/** A checklist task as HR and the starter see it; `today` is the Amsterdam calendar day. */
export function taskOutput(task: PreboardingTaskEntity, today: string): PreboardingTaskOutput {
  return {
    id: task.id,
    titleNl: task.titleNl,
    titleEn: task.titleEn,
    descriptionNl: task.descriptionNl,
    descriptionEn: task.descriptionEn,
    dueOffsetDays: task.dueOffsetDays,
    dueOn: task.dueOn,
    assignee: task.assignee,
    done: !!task.doneAt,
    doneAt: task.doneAt ? task.doneAt.toISOString() : null,
    overdue: isOverdue(task, today),
  };
}
