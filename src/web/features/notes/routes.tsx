// The note pages and the follow-up pages (plan tasks, notifications, wordings), loaded on demand (route `lazy`).
export { NotePage } from './NotePage.tsx';
export { ParticipantVersionPage } from './ParticipantVersionPage.tsx';
export { WordingsPage } from './WordingsPage.tsx';
export { NotificationsPage, PlanTasksPage } from './FollowUpPages.tsx';
