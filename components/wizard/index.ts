export {
  Wizard,
  WizardCheck,
  WizardLink,
  WizardNav,
  WizardStep,
  WizardSteps,
  type WizardStepsProps,
} from "./wizard";
