// Adds jest-dom's matchers (toBeInTheDocument, toHaveAttribute, …) to every renderer test.
import '@testing-library/jest-dom';
