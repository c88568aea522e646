/** What other modules may use of tasks: everything else in this folder is its own. */
export { completeTasks } from './complete-tasks.ts';
export { createTasks, type NewTask } from './create-tasks.ts';
export { openTasksOwnedBy, tasksOfCases } from './list-tasks.ts';
export type { CaseRef, Task, TaskMatch } from './model.ts';
export { moveTasks } from './move-tasks.ts';
export { reassignOpenTasks } from './reassign-tasks.ts';
export { completeTask, updateTask } from './update-task.ts';
