export { Wizard, WizardLink, WizardNav, WizardStep, WizardSteps, type WizardStepsProps } from "./wizard";
