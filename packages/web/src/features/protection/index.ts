export { ProtectionSection } from './ProtectionSection.tsx';
export { ReassessmentCard } from './ReassessmentCard.tsx';
export { SafetyPlanStep } from './SafetyPlanStep.tsx';
export { ThreatAssessmentStep } from './ThreatAssessmentStep.tsx';
export { protectionRoutes } from './routes.tsx';
