// Stands in for CSS imports in jest: styles do not matter to component behaviour.
export default {};
